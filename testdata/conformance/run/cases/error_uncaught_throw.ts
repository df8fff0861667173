// An uncaught Error: output so far is kept, stderr shows the throw site and
// the stack, the exit code is 1, and pending timers never run.
setTimeout(() => console.log("never"), 0);
function fail(n: number): never {
  throw new Error(`failed with ${n}`);
}
console.log("before");
fail(7);
console.log("not reached");
