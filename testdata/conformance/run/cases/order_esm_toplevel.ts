// Top level of an ES module (detected by its export): the module body runs
// inside a promise job, so promise jobs queued by it run before nextTicks.
const log = (s: string): void => console.log(s);
setTimeout(() => log("timeout"), 0);
Promise.resolve().then(() => log("promise 1"));
process.nextTick(() => log("nextTick 1"));
queueMicrotask(() => log("queueMicrotask"));
Promise.resolve().then(() => log("promise 2"));
process.nextTick(() => log("nextTick 2"));
log("sync");
export {};
