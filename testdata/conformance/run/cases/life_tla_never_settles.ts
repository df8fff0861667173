// A top-level await that can never settle: Node warns and exits with 13.
process.on("exit", (code) => console.log("exit", code));
console.log("waiting");
await new Promise<void>(() => {});
console.log("never");
