// Emitting 'error' with a non-Error: ERR_UNHANDLED_ERROR.
import { EventEmitter } from "node:events";
const e = new EventEmitter();
try {
  e.emit("error", "a string");
} catch (err) {
  const x = err as NodeJS.ErrnoException & { context?: unknown };
  console.log(x.name, x.code, x.message, x.context);
}
try {
  e.emit("error");
} catch (err) {
  console.log((err as Error).message);
}
e.emit("error", { code: 42 });
