// Common child_process patterns: for await over stdout then once(child,
// 'close'), promisified execFile with cwd and its .child, a filter fed
// through stdin, an exit code passed on to process.exitCode.
import { spawn, execFile, ChildProcess } from "node:child_process";
import { once } from "node:events";
import { promisify } from "node:util";

const c = spawn("sh", ["-c", "printf 'a\\nb\\nc\\n'"], { stdio: ["ignore", "pipe", "inherit"] });
console.log(c.stdin, c instanceof ChildProcess);
const lines: string[] = [];
for await (const chunk of c.stdout!) lines.push(String(chunk));
const [code] = await once(c, "close");
console.log(lines.join("").split("\n"), code);

const { stdout } = await promisify(execFile)("sh", ["-c", "echo $PWD"], { cwd: "/tmp" });
console.log(stdout.trim());

const grep = spawn("grep", ["b"]);
grep.stdout.setEncoding("utf8");
let got = "";
grep.stdout.on("data", (d) => (got += d));
grep.stdin.write("abc\nxyz\nbcd\n");
grep.stdin.end();
const [gcode, gsig] = await once(grep, "exit");
await once(grep, "close");
console.log(JSON.stringify(got), gcode, gsig);
const p = promisify(execFile)("sh", ["-c", "exit 2"]);
console.log(typeof (p as any).child?.pid);
try { await p; } catch (e: any) { console.log(e.code); }
const e = spawn("false");
e.on("exit", (code) => { console.log("false exit", code); process.exitCode = code ?? 0; });
