// @args: --name=world -v --count 3 input.txt -- --literal
// A CLI with hand-rolled argv parsing, usage output and formatted results.
interface Options { name: string; verbose: boolean; count: number; files: string[]; rest: string[] }
function parseArgs(argv: string[]): Options {
  const opts: Options = { name: "anon", verbose: false, count: 1, files: [], rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") { opts.rest = argv.slice(i + 1); break; }
    const m = /^--(?<key>[a-z]+)(?:=(?<value>.*))?$/.exec(a);
    if (m?.groups) {
      const { key, value } = m.groups;
      if (key === "name") opts.name = value ?? argv[++i];
      else if (key === "count") opts.count = Number(value ?? argv[++i]);
      else throw new Error(`unknown option --${key}`);
    } else if (a === "-v") opts.verbose = true;
    else opts.files.push(a);
  }
  return opts;
}
const opts = parseArgs(process.argv.slice(2));
console.log(opts);
console.log("argv0 is node:", process.argv.length, typeof process.argv[0]);
for (let i = 1; i <= opts.count; i++) {
  console.log(`${String(i).padStart(3)}. hello, ${opts.name}!${opts.verbose ? ` (${(i / opts.count * 100).toFixed(1)}%)` : ""}`);
}
console.log("files=%s rest=%j count=%d pct=%i%%", opts.files.join(","), opts.rest, opts.count, 42.9);
try { parseArgs(["--bogus"]); } catch (e) { console.error("error:", (e as Error).message); process.exitCode = 2; }
