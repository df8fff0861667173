// process.exit(n) stops at once: later code, ticks and timers do not run,
// but 'exit' listeners do.
process.on("exit", (code: number) => console.log("exit event", code));
setTimeout(() => console.log("timer"), 0);
process.nextTick(() => console.log("tick"));
console.log("before exit");
process.exit(3);
console.log("after exit");
