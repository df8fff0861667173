// process.exit inside a timer: later callbacks in the same phase do not run.
process.on("exit", (code) => console.log("exit event", code));
setImmediate(() => {
  console.log("immediate schedules two timers");
  setTimeout(() => {
    console.log("first");
    process.exit(2);
  }, 1);
  setTimeout(() => console.log("second (never)"), 1);
});
