// A tick queued from a promise job runs after the current promise jobs;
// a promise job queued from a tick runs after all ticks.
process.nextTick(() => {
  console.log("tick 1");
  Promise.resolve().then(() => console.log("promise from tick 1"));
  process.nextTick(() => console.log("tick from tick 1"));
});
Promise.resolve().then(() => {
  console.log("promise 1");
  process.nextTick(() => console.log("tick from promise 1"));
  Promise.resolve().then(() => console.log("promise from promise 1"));
});
process.nextTick(() => console.log("tick 2"));
console.log("sync");
