// 100,000 setImmediate callbacks, each scheduling the next: one loop
// iteration per callback.
const N = 100_000;
let n = 0;
function step(): void {
  if (++n < N) setImmediate(step);
  else console.log(n);
}
setImmediate(step);
