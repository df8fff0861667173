// A config loader that reports malformed files the way users see them.
import { writeFileSync, readFileSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";

const dir = mkdtempSync(join(tmpdir(), "cfg-"));
const files: Record<string, string> = {
  "good.json": '{ "port": 8080, "hosts": ["a", "b"] }',
  "trailing.json": '{\n  "port": 8080,\n  "hosts": ["a", "b",],\n}\n',
  "single.json": "{ 'port': 8080 }",
  "truncated.json": '{ "port": 80',
  "empty.json": "",
  "comment.json": '{\n  // the port\n  "port": 1\n}',
  "tab.json": '{ "name": "a\tb" }',
  "long.json": JSON.stringify({ items: Array.from({ length: 20 }, (_, i) => ({ id: i })) }).replace('"id":7', '"id":07'),
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);

interface Config { port: number; hosts?: string[] }
function load(name: string): Config | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, name), "utf8")) as Config;
  } catch (err) {
    if (err instanceof SyntaxError) {
      console.log(`${name.padEnd(16)} ${err.name}: ${err.message}`);
      return undefined;
    }
    throw err;
  }
}
for (const name of Object.keys(files)) {
  const cfg = load(name);
  if (cfg) console.log(`${name.padEnd(16)} ok`, cfg);
}

for (const v of [undefined, {}, NaN, "undefined", "[1, 2, 3", "tru", "nul l", "1e400", "-"]) {
  try {
    console.log(JSON.parse(v as any));
  } catch (e) {
    console.log(String(e));
  }
}
const err = (() => { try { JSON.parse("{bad}"); } catch (e) { return e as Error; } })()!;
console.log(err instanceof SyntaxError, err.constructor.name, Object.keys(err));
console.log(JSON.parse.name, JSON.parse.length, typeof JSON.parse);
try { new (JSON.parse as any)("1"); } catch (e) { console.log((e as Error).message); }
console.log(JSON.parse('{"a":[1,{"b":2}]}', (k, v) => (typeof v === "number" ? v * 10 : v)));
rmSync(dir, { recursive: true });
