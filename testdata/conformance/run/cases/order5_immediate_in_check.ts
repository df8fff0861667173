// setImmediate called during the check phase waits for the next iteration,
// while ticks and promises run between callbacks.
setImmediate(() => {
  console.log("A");
  setImmediate(() => console.log("C (next iteration)"));
  process.nextTick(() => console.log("A tick"));
});
setImmediate(() => {
  console.log("B");
  Promise.resolve().then(() => console.log("B promise"));
});
