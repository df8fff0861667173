// An unhandled rejection with only an uncaughtException listener reaches it
// with origin "unhandledRejection".
process.on("uncaughtException", (err: unknown, origin: string) => {
  console.log("uncaughtException:", err instanceof Error ? err.message : err, origin);
});
Promise.reject(new Error("rejected"));
Promise.reject("not an error");
setTimeout(() => console.log("continues"), 5);
