// process.exit inside a timer: later callbacks in the same phase do not run.
process.on("exit", (code) => console.log("exit event", code));
setTimeout(() => {
  console.log("first");
  process.exit(2);
}, 20);
setTimeout(() => console.log("second (never)"), 20);
setImmediate(() => console.log("immediate runs before the timer"));
