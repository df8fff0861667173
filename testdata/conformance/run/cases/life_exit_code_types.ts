// process.exit accepts integer strings; exitCode reads back what was set.
process.exitCode = "7" as any;
console.log(process.exitCode, typeof process.exitCode);
process.on("exit", (code) => console.log("exit", code, typeof code));
