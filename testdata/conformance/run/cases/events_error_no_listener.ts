// Emitting 'error' with no listener throws the error.
import { EventEmitter } from "node:events";
const e = new EventEmitter();
e.on("error", () => console.log("handled first"));
e.emit("error", new Error("handled"));
e.removeAllListeners("error");
try {
  e.emit("error", new Error("caught by try"));
} catch (err) {
  console.log("try caught:", (err as Error).message);
}
e.emit("error", new Error("unhandled emitter error"));
