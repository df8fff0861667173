// events.once resolves with the arguments array; rejects on 'error'.
import { EventEmitter, once } from "node:events";
const e = new EventEmitter();
setTimeout(() => e.emit("ready", 1, "two"), 1);
const args = await once(e, "ready");
console.log(args);
setTimeout(() => e.emit("error", new Error("failed while waiting")), 1);
try {
  await once(e, "never");
} catch (err) {
  console.log("rejected:", (err as Error).message);
}
const ac = new AbortController();
setTimeout(() => ac.abort(), 1);
try {
  await once(e, "never", { signal: ac.signal });
} catch (err) {
  console.log((err as Error).name, (err as NodeJS.ErrnoException).code);
}
