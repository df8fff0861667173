// process.exitCode sets the code of a normal exit; the program runs on.
process.exitCode = 4;
console.log("exitCode is", process.exitCode);
setTimeout(() => {
  console.log("timer still runs");
  process.exitCode = 5;
}, 1);
process.on("exit", (code) => console.log("exiting with", code));
