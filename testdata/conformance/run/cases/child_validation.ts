// Argument validation errors of child_process, as Node words them.
import cp from "node:child_process";
const t = (f: () => void) => { try { f(); console.log("ok"); } catch (e: any) { console.log(e.name, e.code, e.message); } };
t(() => cp.spawn(123 as any));
t(() => cp.spawn(""));
t(() => cp.spawn("x", "y" as any));
t(() => cp.spawn("x", [], 5 as any));
t(() => (cp.exec as any)());
t(() => cp.spawnSync(null as any));
t(() => cp.execSync(5 as any));
t(() => cp.spawn("echo", [], { stdio: 5 as any }));
t(() => cp.spawn("echo", [], { cwd: 5 as any }));
t(() => cp.execFile("echo", [], {}, 5 as any));
t(() => cp.spawn("true").kill("SIGNOPE" as any));
