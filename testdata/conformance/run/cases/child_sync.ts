// spawnSync, execSync, execFileSync: pipes, encoding, input, env, cwd,
// exit status, signals, and the errors they throw.
import cp from "node:child_process";
import fs from "node:fs";

const strip = (r: any) => ({ ...r, pid: typeof r.pid });
console.log(strip(cp.spawnSync("sh", ["-c", "echo hi; echo err >&2; exit 3"])));
console.log(strip(cp.spawnSync("sh", ["-c", "kill -TERM $$"], { encoding: "utf8" })));
console.log(strip(cp.spawnSync("cat", { input: "from input\n", encoding: "utf8" })));
console.log(cp.spawnSync("sh", ["-c", "echo $FOO"], { env: { FOO: "bar", PATH: process.env.PATH }, encoding: "utf8" }).stdout);
fs.mkdirSync("sub", { recursive: true });
fs.writeFileSync("sub/f.txt", "x");
console.log(cp.spawnSync("ls", { cwd: "sub", encoding: "utf8" }).stdout);
console.log(cp.spawnSync("sh", ["-c", "echo shell $0"], { shell: false, encoding: "latin1" }).stdout);
console.log(cp.spawnSync("echo a b", { shell: true, encoding: "utf8" }).stdout);

const missing = cp.spawnSync("nosuchcmd", ["a"]);
console.log(missing.status, missing.signal, missing.output, missing.pid, missing.stdout, missing.stderr);
console.log(missing.error?.message, Object.keys(missing.error!), (missing.error as any).spawnargs);

console.log(JSON.stringify(cp.execSync("echo out")), cp.execSync("printf abc", { encoding: "utf8" }));
console.log(cp.execFileSync("cat", { input: Buffer.from("buf in") }).toString());
console.log(cp.execFileSync("sh", ["-c", "echo $1", "x", "arg1"], { encoding: "utf8" }));
try {
  cp.execSync("echo out; echo bad >&2; exit 2", { stdio: "pipe" });
} catch (e: any) {
  console.log(e.message, e.status, e.signal, e.stdout.toString(), e.stderr.toString(), Object.keys(e));
}
try {
  cp.execFileSync("sh", ["-c", "exit 5"], { stdio: "pipe" });
} catch (e: any) {
  console.log(JSON.stringify(e.message), e.status);
}
try {
  cp.execFileSync("nosuchcmd", ["x"]);
} catch (e: any) {
  console.log(e.message, e.code, e.errno, e.syscall, e.path, e.spawnargs, e.status, e.error === e);
}
