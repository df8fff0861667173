// String utilities a report generator uses: padding, wrapping, slugs, tagged templates, unicode.
const rows = [["Name", "Qty", "Unit", "Total"], ["Widget", 3, 2.5, 7.5], ["Gadget (large)", 12, 0.99, 11.88], ["Ünïcode ✓", 1, 100, 100]] as const;
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
for (const r of rows) console.log(r.map((c, i) => (typeof c === "number" ? c.toFixed(i === 1 ? 0 : 2).padStart(widths[i] + 1) : String(c).padEnd(widths[i]))).join(" | "));
console.log("-".repeat(40));
const wrap = (s: string, w: number) => s.split(" ").reduce<string[]>((lines, word) => { const last = lines.at(-1); if (last !== undefined && (last + " " + word).length <= w) lines[lines.length - 1] = last + " " + word; else lines.push(word); return lines; }, []);
console.log(wrap("The quick brown fox jumps over the lazy dog and keeps running far away", 20));
const slug = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
console.log(slug("  Héllo, Wörld! Ça va?  "), slug("TypeScript & Go: a Runtime"));
function sql(strings: TemplateStringsArray, ...vals: unknown[]) { return { text: strings.reduce((a, s, i) => a + "$" + i + s), values: vals, raw: strings.raw }; }
console.log(sql`SELECT * FROM t WHERE a = ${1} AND b = ${"x"}\n`);
console.log(String.raw`C:\new\table ${1 + 1}`, `multi
line`, `${[1, 2]}|${{}}|${null}|${undefined}`);
const s = "Hello, World";
console.log(s.at(-1), s.charAt(100), s.codePointAt(0), s.slice(-5, -1), s.substring(5, 1), s.split(", "), s.split(""), s.indexOf("o", 5), s.lastIndexOf("o"), s.search(/W/));
console.log(s.startsWith("Hell"), s.endsWith("d", 5), s.includes("lo, W"), s.toUpperCase(), s.replaceAll("l", "L"), s.concat("!", "?"), s.repeat(2));
console.log("  trim  ".trim() + "|", "  trim  ".trimStart() + "|", "  trim  ".trimEnd() + "|", "abc".padStart(6, "12345"), "abc".padEnd(2));
const emoji = "family: 👨‍👩‍👧 ok 👍🏽";
console.log(emoji.length, [...emoji].length, Array.from(emoji).slice(8, 10), emoji.codePointAt(8)?.toString(16), String.fromCodePoint(0x1f600), "\u{1F680}");
console.log("straße".localeCompare("strasse"), ["é", "e", "z", "a", "E"].sort(), ["é", "e", "z", "a", "E"].sort((a, b) => a.localeCompare(b)), "a".localeCompare("B"), "ä".localeCompare("b"));
console.log("Å".normalize("NFD").length, "e\u0301" === "é", "e\u0301".normalize() === "é", encodeURIComponent("a b&c=d/é"), decodeURIComponent("%E2%9C%93"), encodeURI("http://x.y/a b?q=ä"), escape?.("ä b"));
console.log("a,b,,c".split(","), "a,b,,c".split(",", 2), "abc".split("").reverse().join(""), [..."abc"].map((c) => c.charCodeAt(0)), "x".codePointAt(1));
const count = (hay: string, needle: string) => hay.split(needle).length - 1;
console.log(count("banana", "an"), "banana".match(/an/g)?.length, "Title Case This String".split(" ").map((w) => w[0]).join(""));
console.log((1234.5678).toFixed(2), (0.1 * 3).toFixed(20), (1e-10).toFixed(3), (123.456).toPrecision(4), (0.00001).toString(), (1e21).toString(), (-1.5).toFixed(0), (1.255).toFixed(2));
const bytes = (n: number) => { const u = ["B", "KB", "MB", "GB"]; let i = 0; while (n >= 1024 && i < u.length - 1) { n /= 1024; i++; } return `${n.toFixed(i ? 1 : 0)} ${u[i]}`; };
console.log([0, 1023, 1024, 1536, 1048576 * 5.5, 1e12].map(bytes));
const dur = (ms: number) => [[86400000, "d"], [3600000, "h"], [60000, "m"], [1000, "s"]].reduce<[string, number]>(([out, rest], [u, l]) => [rest >= (u as number) ? `${out}${Math.floor(rest / (u as number))}${l}` : out, rest % (u as number)], ["", ms])[0] || "0s";
console.log(dur(90061000), dur(59000), dur(0));
console.log((1234567.891).toLocaleString(), (0.256).toLocaleString("en-US", { style: "percent" }), (1999.5).toLocaleString("en-US", { style: "currency", currency: "USD" }), (42).toLocaleString("en-US", { minimumFractionDigits: 2 }));
