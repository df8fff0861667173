// An unhandledRejection listener takes over: no crash, exit 0.
process.on("unhandledRejection", (reason: unknown, p: Promise<unknown>) => {
  console.log("unhandled:", reason instanceof Error ? reason.message : reason, p instanceof Promise);
});
Promise.reject(new Error("one"));
Promise.reject(2);
(async () => {
  throw new TypeError("three");
})();
setTimeout(() => console.log("end"), 5);
