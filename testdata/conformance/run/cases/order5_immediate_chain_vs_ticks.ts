// A chain of immediates interleaved with ticks and promise jobs.
let n = 0;
function step(): void {
  n++;
  console.log("immediate", n);
  process.nextTick(() => console.log("  tick", n));
  Promise.resolve(n).then((v) => console.log("  promise", v));
  if (n < 4) setImmediate(step);
}
setImmediate(step);
