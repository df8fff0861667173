// Top-level await in an ES module: code after the await runs in a later
// microtask, after ticks and promise jobs queued before it.
const log = (s: string): void => console.log(s);
process.nextTick(() => log("nextTick"));
Promise.resolve().then(() => log("promise"));
setTimeout(() => log("timeout"), 0);
log("before await");
await null;
log("after await null");
await new Promise<void>((r) => setTimeout(r, 5));
log("after timer await");
