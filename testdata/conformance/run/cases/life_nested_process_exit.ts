// process.exit inside an exit listener overrides the code.
process.on("exit", (code) => {
  console.log("exit", code);
  if (code === 1) process.exit(8);
});
process.exit(1);
