// 100,000 awaits of already-resolved promises in one async function.
const N = 100_000;
async function main(): Promise<number> {
  let sum = 0;
  for (let i = 0; i < N; i++) sum += await Promise.resolve(i);
  return sum;
}
main().then((s) => console.log(N, s));
