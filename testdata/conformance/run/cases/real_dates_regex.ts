// Date arithmetic with toISOString, and log parsing with named groups and matchAll.
const log = `2024-03-05T13:04:09.120Z INFO  [api] GET /users/42 200 12ms
2024-03-05T13:04:10.005Z WARN  [db] slow query 340ms
2024-03-05T13:05:00.000Z ERROR [api] POST /orders 500 1203ms
2024-03-06T00:00:01.999Z INFO  [cron] nightly job done`;
const re = /^(?<ts>\S+) (?<level>[A-Z]+)\s+\[(?<mod>\w+)\] (?<msg>.*?)(?: (?<ms>\d+)ms)?$/gm;
const entries = [...log.matchAll(re)].map((m) => ({ ...m.groups!, ms: m.groups!.ms ? Number(m.groups!.ms) : null, index: m.index }));
console.log(entries);
const m0 = re.exec(log); re.lastIndex = 0;
console.log(m0?.groups, m0?.slice(0, 3));
const byLevel = entries.reduce<Record<string, number>>((acc, e) => ({ ...acc, [e.level]: (acc[e.level] ?? 0) + 1 }), {});
console.log(byLevel);
const start = new Date(entries[0].ts), end = new Date(entries.at(-1)!.ts);
const diff = end.getTime() - start.getTime();
const fmt = (ms: number) => { const h = Math.floor(ms / 3.6e6), m = Math.floor(ms % 3.6e6 / 6e4), s = (ms % 6e4) / 1000; return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:${s.toFixed(3).padStart(6, "0")}`; };
console.log(fmt(diff), diff);
const d = new Date(Date.UTC(2024, 0, 31, 12));
d.setUTCMonth(d.getUTCMonth() + 1);
console.log(d.toISOString(), d.toJSON(), JSON.stringify({ d }), d.getUTCDay(), d.valueOf());
console.log(new Date("2024-02-29").toISOString(), new Date(0), [new Date(86400000)], { when: new Date(1e12) });
console.log(new Date("garbage"), String(new Date(NaN)), new Date(NaN).getTime(), isNaN(new Date("x").valueOf()));
try { new Date(NaN).toISOString(); } catch (e) { console.log((e as Error).name, (e as Error).message); }
console.log(new Date(2024, 0, 1).toString(), new Date(Date.UTC(2020, 5, 15)).toUTCString(), new Date(0).toDateString());
console.log(Date.UTC(2024, 1, 29), new Date(2024, 1, 29).getDate(), new Date("2024-03-05T13:04:09+02:00").toISOString());
const tpl = "Hello {name}, you have {count} new {what}";
console.log(tpl.replace(/\{(\w+)\}/g, (_, k: string) => ({ name: "Ada", count: "3", what: "messages" } as Record<string, string>)[k] ?? `{${k}}`));
console.log("2024-03-05".replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, "$<d>/$<m>/$<y>"), "a-b_c d".split(/[-_ ]/));
console.log(/(?<=\$)\d+(\.\d+)?/.exec("cost: $42.50")?.[0], "aaa".replace(/a/gy, "b"), /\bfoo\b/i.test("FOO bar"));
console.log([..."a1b22c333".matchAll(/\d+/g)].map((m) => [m[0], m.index]), "x".match(/y/), "abc".match(/b/));
console.log(/a.c/s.test("a\nc"), new RegExp("^\\d{3}$").source, /x/gimsuy.flags);
const emailRe = /^[\w.+-]+@(?<domain>[\w-]+\.[\w.]+)$/;
for (const e of ["ada@example.com", "bad@", "x+y@sub.example.co.uk"]) console.log(e.padEnd(24, "."), emailRe.exec(e)?.groups?.domain ?? "invalid");
console.log("camelCaseString".replace(/([A-Z])/g, "_$1").toLowerCase(), "snake_case_here".replace(/_(\w)/g, (_, c: string) => c.toUpperCase()));
