console.log("dep");
process.on("exit", (code) => console.log("exit", code));
await Promise.reject(new RangeError("top-level rejection"));
