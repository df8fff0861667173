// beforeExit does not fire for process.exit() or an uncaught exception.
process.on("beforeExit", () => console.log("beforeExit (never)"));
process.on("exit", (code) => console.log("exit", code));
setTimeout(() => process.exit(0), 1);
