// uncaughtExceptionMonitor sees the error but does not prevent the crash.
process.on("uncaughtExceptionMonitor", (err: Error, origin: string) => {
  console.log("monitor:", err.message, origin);
});
process.on("exit", (code) => console.log("exit", code));
throw new Error("monitored");
