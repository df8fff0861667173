// Setting process.exitCode inside an 'exit' listener changes the exit code.
process.on("exit", (code) => {
  console.log("exit with", code);
  process.exitCode = 9;
});
console.log("done");
