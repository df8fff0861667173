// An unhandled rejection with an Error: printed like an uncaught exception,
// exit code 1, later timers do not run.
setTimeout(() => console.log("never"), 10);
async function load(): Promise<string> {
  throw new Error("load failed");
}
load();
console.log("after call");
