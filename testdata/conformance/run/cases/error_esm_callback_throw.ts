// In an ES module, an error thrown from a callback is reported at the
// throw (only a failed module evaluation points at the construction).
import { setTimeout as wait } from "node:timers/promises";
const made = new RangeError("from a timer");
await wait(1);
setTimeout(() => {
  throw made;
}, 1);
