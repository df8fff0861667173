// Ticks and promise jobs that keep queueing each other.
const out: string[] = [];
process.nextTick(() => {
  out.push("t1");
  Promise.resolve().then(() => {
    out.push("p-from-t1");
    process.nextTick(() => out.push("t-from-p-from-t1"));
    Promise.resolve().then(() => out.push("p-from-p-from-t1"));
  });
  queueMicrotask(() => out.push("qm-from-t1"));
});
process.nextTick(() => out.push("t2"));
Promise.resolve().then(() => out.push("p1"));
setTimeout(() => console.log(out.join(" ")), 0);
