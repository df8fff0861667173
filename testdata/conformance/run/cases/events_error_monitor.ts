// errorMonitor listeners observe errors without handling them.
import { EventEmitter, errorMonitor } from "node:events";
const e = new EventEmitter();
e.on(errorMonitor, (err: Error) => console.log("monitor saw:", err.message));
e.on("error", (err: Error) => console.log("handled:", err.message));
e.emit("error", new Error("oops"));
