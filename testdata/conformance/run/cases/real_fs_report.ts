// Write a few files into a temp dir, read them back, and print a size report.
import * as fs from "node:fs";
import * as path from "node:path";
import * as os from "node:os";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "report-"));
const data: Record<string, string> = {
  "a.txt": "alpha\nbeta\ngamma\n",
  "b.json": JSON.stringify({ x: 1, y: [1, 2, 3] }, null, 2),
  "sub/c.md": "# Title\n\nSome *text*.\n",
};
for (const [rel, text] of Object.entries(data)) {
  const p = path.join(dir, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
}
function walk(d: string): string[] {
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]).sort();
}
let total = 0;
for (const f of walk(dir)) {
  const st = fs.statSync(f);
  total += st.size;
  const rel = path.relative(dir, f);
  const lines = fs.readFileSync(f, "utf8").split("\n").length;
  console.log(`${rel.padEnd(10)} ${String(st.size).padStart(5)} B ${String(lines).padStart(3)} lines ${path.extname(f) || "(none)"} file=${st.isFile()}`);
}
console.log("total".padEnd(10), String(total).padStart(5), "B");
fs.appendFileSync(path.join(dir, "a.txt"), "delta\n");
console.log(fs.readFileSync(path.join(dir, "a.txt"), "utf8").trim().split("\n").at(-1));
fs.renameSync(path.join(dir, "a.txt"), path.join(dir, "z.txt"));
console.log(fs.existsSync(path.join(dir, "a.txt")), fs.existsSync(path.join(dir, "z.txt")));
try { fs.readFileSync(path.join(dir, "missing.txt")); } catch (e: any) { console.log(e.code, e.syscall, e.errno, e.message.replace(dir, "<tmp>")); }
const j = JSON.parse(fs.readFileSync(path.join(dir, "b.json"), "utf8"));
console.log(j, j.y.reduce((a: number, b: number) => a + b, 0));
fs.rmSync(dir, { recursive: true, force: true });
console.log("cleaned", fs.existsSync(dir));
