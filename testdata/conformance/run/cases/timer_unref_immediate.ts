// An unref'd immediate alone does not keep the loop alive... but it is
// still run when the loop iterates anyway.
setImmediate(() => console.log("unref'd immediate")).unref();
console.log("main");
