// A nextTick callback that throws is reported at once ('uncaughtException'
// here), and the rest of the tick queue runs before any promise job, as in
// Node; a later uncaught throw from a tick ends the process.
Promise.resolve().then(() => console.log("job 1"));
process.nextTick(() => { throw new Error("first tick"); });
process.nextTick(() => console.log("second tick"));
let seen = 0;
process.on("uncaughtException", (e: Error) => {
  console.log("caught", e.message);
  if (++seen === 1) {
    setTimeout(() => {
      process.removeAllListeners("uncaughtException");
      Promise.resolve().then(() => console.log("never: after the fatal tick"));
      process.nextTick(() => { const n: number = 2; throw new Error("fatal tick " + n); });
    }, 0);
  }
});
console.log("main");
