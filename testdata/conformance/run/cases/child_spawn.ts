// spawn: events in Node's order, stdout/stderr as Readable streams, stdin
// piped to cat, exit codes and kill.
import { spawn } from "node:child_process";

const c = spawn("sh", ["-c", "echo out; echo err >&2; exit 4"]);
console.log(c.spawnfile, c.spawnargs, c.exitCode, c.signalCode, c.killed, typeof c.pid);
console.log(c.stdin !== null, c.stdout !== null, c.stderr !== null, c.stdio.length);
let out = "";
let err = "";
c.stdout.setEncoding("utf8");
c.stdout.on("data", (d) => (out += d));
c.stderr.on("data", (d) => (err += d));
c.on("spawn", () => console.log("spawn"));
c.on("exit", (code, sig) => console.log("exit", code, sig));
c.on("close", (code, sig) => {
  console.log("close", code, sig, JSON.stringify(out), JSON.stringify(err));
  second();
});

function second() {
  const cat = spawn("cat");
  const chunks: Buffer[] = [];
  cat.stdout.on("data", (d: Buffer) => chunks.push(d));
  cat.on("close", (code) => {
    console.log("cat close", code, Buffer.concat(chunks).toString());
    third();
  });
  cat.stdin.write("line 1\n");
  cat.stdin.write(Buffer.from("line 2\n"));
  cat.stdin.end("last\n");
}

function third() {
  const s = spawn("sleep", ["10"]);
  s.on("exit", (code, sig) => console.log("sleep exit", code, sig, s.killed, s.signalCode, s.exitCode));
  s.on("close", (code, sig) => {
    console.log("sleep close", code, sig);
    fourth();
  });
  s.on("spawn", () => console.log("kill", s.kill()));
}

function fourth() {
  const q = spawn("sh", ["-c", "echo inherited"], { stdio: "inherit" });
  // Printed after 'close': the child writes to our stdout on its own.
  const streams = [q.stdout, q.stderr, q.stdin];
  q.on("close", (code) => {
    console.log("inherit close", code, streams);
    const k = spawn("sh", ["-c", "kill -9 $$"]);
    k.on("close", (code, sig) => console.log("self-kill", code, sig));
  });
}
