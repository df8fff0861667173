// An AbortSignal kills the child: AbortError (with the reason as cause) on
// the child, then exit and close; exec reports it to the callback; an
// already aborted signal kills right after spawning.
import { spawn, exec } from "node:child_process";
const ac = new AbortController();
const c = spawn("sleep", ["10"], { signal: ac.signal });
c.on("error", (e: any) => console.log("error", e.name, e.code, e.message, e.cause));
c.on("exit", (code, sig) => console.log("exit", code, sig, c.killed));
c.on("close", (code, sig) => {
  console.log("close", code, sig);
  const ac2 = new AbortController();
  exec("sleep 10", { signal: ac2.signal }, (err: any, so, se) => console.log("exec", err.name, err.code, err.message, JSON.stringify(so)));
  ac2.abort("why");
});
setTimeout(() => ac.abort(), 200);
const pre = new AbortController(); pre.abort();
const d = spawn("sleep", ["10"], { signal: pre.signal });
d.on("error", (e: any) => console.log("pre error", e.name, e.message));
d.on("close", (code, sig) => console.log("pre close", code, sig));
