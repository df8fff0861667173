// exec and execFile with callbacks and promisified ({stdout, stderr}).
import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";

exec("echo a; echo b >&2", (err, stdout, stderr) => {
  console.log("exec", err, JSON.stringify(stdout), JSON.stringify(stderr));
  exec("echo partial; exit 1", (err, stdout, stderr) => {
    console.log("exec fail", err, JSON.stringify(stdout), JSON.stringify(stderr));
    execFile("sh", ["-c", "echo $0 $1", "zero", "one"], (err, stdout) => {
      console.log("execFile", err, stdout);
      execFile("nosuchcmd", ["q"], (err, stdout, stderr) => {
        console.log("execFile missing", err, JSON.stringify(stdout), JSON.stringify(stderr));
        promised();
      });
    });
  });
});

async function promised() {
  const pexec = promisify(exec);
  console.log(await pexec("echo p"));
  const pfile = promisify(execFile);
  console.log(await pfile("printf", ["%s-%s", "x", "y"]));
  try {
    await pfile("sh", ["-c", "echo so; echo se >&2; exit 3"]);
  } catch (e: any) {
    console.log(e.message, e.code, e.killed, e.signal, e.cmd, JSON.stringify(e.stdout), JSON.stringify(e.stderr));
  }
  const r = await promisify(exec)("printf buf", { encoding: "buffer" });
  console.log(r);
}
