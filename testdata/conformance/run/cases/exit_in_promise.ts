// process.exit() inside a promise job: remaining jobs do not run.
Promise.resolve().then(() => {
  console.log("first job");
  process.exit(2);
});
Promise.resolve().then(() => console.log("second job"));
setImmediate(() => console.log("immediate"));
