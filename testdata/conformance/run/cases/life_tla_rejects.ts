// A rejected top-level await is an uncaught error.
console.log("before");
await Promise.reject(new Error("tla failure"));
console.log("after (never)");
