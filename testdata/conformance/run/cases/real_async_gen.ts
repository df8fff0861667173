// Generators, async generators, for await, and async iteration of a paginated API.
function* range(start: number, end: number, step = 1) { for (let i = start; i < end; i += step) yield i; }
console.log([...range(0, 10, 3)], Array.from(range(1, 4), (x) => x * x));
function* fib() { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } }
const first: number[] = [];
for (const n of fib()) { if (n > 100) break; first.push(n); }
console.log(first.join(","));
const g = range(0, 3);
console.log(g.next(), g.next(), g.return(99), g.next(), Object.prototype.toString.call(g));
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
async function* pages(total: number, size: number) {
  for (let offset = 0; offset < total; offset += size) {
    await sleep(1);
    yield { offset, items: Array.from({ length: Math.min(size, total - offset) }, (_, i) => `item-${offset + i}`) };
  }
}
async function* take<T>(it: AsyncIterable<T>, n: number) { let i = 0; for await (const x of it) { if (i++ >= n) return; yield x; } }
async function main() {
  let count = 0;
  for await (const page of pages(7, 3)) { count += page.items.length; console.log(`page @${page.offset}: ${page.items.join(" ")}`); }
  console.log("total", count);
  for await (const p of take(pages(100, 10), 2)) console.log("took", p.offset);
  const results = await Promise.allSettled([sleep(2).then(() => "ok"), Promise.reject(new Error("nope")), 42]);
  console.log(results);
  console.log(await Promise.race([sleep(50).then(() => "slow"), sleep(1).then(() => "fast")]));
  const it = { from: 1, to: 3, [Symbol.asyncIterator]() { let c = this.from, t = this.to; return { next: async () => (c <= t ? { value: c++, done: false } : { value: undefined, done: true }) }; } };
  const got: number[] = []; for await (const v of it) got.push(v); console.log(got);
  for await (const v of [Promise.resolve("a"), "b"]) console.log("sync-in-await", v);
  const ag = pages(2, 1);
  console.log(typeof ag[Symbol.asyncIterator], typeof ag.next);
  console.log(await ag.next(), await ag.return(undefined));
}
main().then(() => console.log("done"));
