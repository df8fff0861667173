// A spawn error nobody listens for is an uncaught 'error' event.
import { spawn } from "node:child_process";
const c = spawn("nosuchcmd", ["x"]);
c.on("close", (code, sig) => console.log("close", code, sig));
console.log("spawned", c.pid);
