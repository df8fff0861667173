// process.exit() with no argument uses process.exitCode.
console.error("something to stderr");
process.exitCode = 6;
process.exit();
