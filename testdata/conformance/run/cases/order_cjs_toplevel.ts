// Top level of a CommonJS-detected file: nextTick runs before promise jobs.
const log = (s: string): void => console.log(s);
setTimeout(() => log("timeout"), 0);
Promise.resolve().then(() => log("promise 1"));
process.nextTick(() => log("nextTick 1"));
queueMicrotask(() => log("queueMicrotask"));
Promise.resolve().then(() => log("promise 2"));
process.nextTick(() => log("nextTick 2"));
log("sync");
