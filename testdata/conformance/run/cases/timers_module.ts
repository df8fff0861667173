// The node:timers module exports the same functions as the globals.
import timers from "node:timers";
import { setTimeout as st, clearTimeout as ct } from "timers";
console.log(timers.setTimeout === setTimeout, st === globalThis.setTimeout, ct === clearTimeout);
console.log(timers.setImmediate === setImmediate, typeof timers.promises.setTimeout);
const t = timers.setTimeout(() => console.log("via module"), 1);
console.log(typeof t.ref, typeof t.unref, typeof t.hasRef, typeof t.refresh, typeof t[Symbol.toPrimitive]);
