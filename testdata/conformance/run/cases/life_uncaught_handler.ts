// With an uncaughtException listener the process survives a throw, and the
// listener learns the origin.
process.on("uncaughtException", (err: Error, origin: string) => {
  console.log("caught:", err.message, "origin:", origin);
});
setTimeout(() => {
  throw new Error("from timer");
}, 1);
setTimeout(() => console.log("still alive"), 20);
process.on("exit", (code) => console.log("exit", code));
throw new Error("from main");
