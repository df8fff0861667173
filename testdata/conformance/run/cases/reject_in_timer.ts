// Unhandled rejection raised inside a timer callback.
setTimeout(() => {
  console.log("timer");
  Promise.reject(new SyntaxError("inside timer"));
  process.nextTick(() => console.log("tick still runs"));
}, 0);
