// Ticks queued by ticks run before any promise job.
let depth = 0;
function tick(): void {
  depth++;
  console.log("tick", depth);
  if (depth < 5) process.nextTick(tick);
}
Promise.resolve().then(() => console.log("promise"));
process.nextTick(tick);
process.nextTick(() => console.log("second top-level tick"));
setImmediate(() => console.log("immediate"));
