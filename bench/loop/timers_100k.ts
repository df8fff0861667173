// 100,000 timers with delays spread over 0..9 ms, all pending at once.
const N = 100_000;
let fired = 0;
let sum = 0;
for (let i = 0; i < N; i++) {
  setTimeout(() => {
    fired++;
    sum += i;
  }, i % 10);
}
process.on("exit", () => console.log(fired, sum));
