// child_process options: timeouts (spawnSync ETIMEDOUT, execSync, exec killed),
// maxBuffer, missing cwd, a non-executable file, env, inherited and mixed
// stdio, shell: true with args (DEP0190).
import cp from "node:child_process";
import fs from "node:fs";
const r = cp.spawnSync("sleep", ["5"], { timeout: 100 });
console.log(r.error?.message, (r.error as any)?.code, (r.error as any)?.errno, r.status, r.signal, Object.keys(r));
try { cp.execSync("sleep 5", { timeout: 100 }); } catch (e: any) { console.log(e.message, e.code, e.signal, e.status, Object.keys(e)); }
const r2 = cp.spawnSync("sh", { cwd: "/nonexistent-dir" });
console.log(r2.error?.message, (r2.error as any)?.code, (r2.error as any)?.path);
fs.writeFileSync("./noexec.sh", "echo hi\n", { mode: 0o644 });
const r3 = cp.spawnSync("./noexec.sh");
console.log(r3.error?.message, (r3.error as any)?.code, (r3.error as any)?.errno);
console.log(cp.execSync("echo $X", { env: { X: "ex", PATH: process.env.PATH }, encoding: "utf8" }));
console.log(cp.execSync("echo inherit", { stdio: "inherit" }));
const mixed = cp.spawnSync("sh", ["-c", "echo a; echo b >&2"], { stdio: ["pipe", "inherit", "pipe"], encoding: "utf8" });
console.log({ ...mixed, pid: typeof mixed.pid });
cp.exec("sleep 5", { timeout: 100 }, (err: any, so, se) => {
  console.log("exec timeout", err.message, err.code, err.killed, err.signal, err.cmd);
  cp.exec("yes | head -c 100000", { maxBuffer: 1000 }, (err: any, so) => {
    console.log("maxBuffer", err.message, err.code, so.length);
    const c = cp.spawn("sh", ["-c", "echo shell $0"], { shell: true });
    c.stdout.pipe(process.stdout);
    c.on("close", (code) => {
      console.log("shell close", code, c.spawnargs);
      const d = cp.spawn("sh", { cwd: "/nonexistent-dir" });
      d.on("error", (e: any) => console.log("cwd error", e.message, e.code, e.path, e.spawnargs));
      d.on("close", (code) => console.log("cwd close", code));
    });
  });
});
