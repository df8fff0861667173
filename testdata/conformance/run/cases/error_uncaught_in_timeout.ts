// An exception thrown from a timer callback ends the process with 1;
// the other timer never runs.
setTimeout(() => {
  console.log("first timer");
  throw new TypeError("from timer");
}, 1);
setTimeout(() => console.log("second timer"), 50);
console.log("scheduled");
