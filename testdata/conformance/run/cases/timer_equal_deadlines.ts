// Timers with the same delay fire in creation order, also when created from
// different places.
for (let i = 0; i < 10; i++) setTimeout(() => console.log("loop", i), 5);
setTimeout(() => {
  for (let i = 0; i < 3; i++) setTimeout(() => console.log("inner", i), 0);
  setImmediate(() => console.log("immediate before inner"));
}, 5);
