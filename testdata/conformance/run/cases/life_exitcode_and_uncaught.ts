// An uncaught exception overrides process.exitCode.
process.exitCode = 5;
process.on("exit", (code) => console.log("exit", code));
setTimeout(() => {
  throw new Error("boom");
}, 0);
