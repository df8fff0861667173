// A timer can cancel another timer that is due in the same timers phase.
let b: ReturnType<typeof setTimeout>;
setTimeout(() => {
  console.log("a runs, clears b");
  clearTimeout(b);
}, 5);
b = setTimeout(() => console.log("b (should not run)"), 5);
setTimeout(() => console.log("c runs"), 5);
const self = setTimeout(() => {
  clearTimeout(self);
  console.log("clearing itself is harmless");
}, 5);
