// Ticks and promise jobs drain after each setImmediate callback; an
// immediate scheduled by an immediate runs on the next loop iteration.
const order: string[] = [];
for (const name of ["a", "b", "c"]) {
  setImmediate(() => {
    console.log(`immediate ${name}`);
    process.nextTick(() => console.log(`  tick ${name}`));
    Promise.resolve().then(() => console.log(`  promise ${name}`));
    if (name === "a") setImmediate(() => console.log("immediate a2 (next iteration)"));
  });
}
order.push("scheduled");
console.log(order.join());
