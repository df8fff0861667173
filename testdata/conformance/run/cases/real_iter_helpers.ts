// Iterator helpers (Node 22+): lazy pipelines over generators and collections.
function* naturals() { let n = 1; for (;;) yield n++; }
console.log(naturals().filter((n) => n % 3 === 0).map((n) => n * n).take(4).toArray());
console.log([..."hello"].values().drop(1).take(3).toArray(), new Set([1, 2, 3]).values().reduce((a, b) => a + b), new Map([["a", 1]]).keys().toArray());
console.log(naturals().some((n) => n > 10), naturals().take(5).every((n) => n < 10), naturals().find((n) => n * n > 50));
const seen: number[] = []; naturals().take(3).forEach((n) => seen.push(n)); console.log(seen);
console.log(Iterator.from({ next() { return { done: this.i > 2, value: this.i++ }; }, i: 0 } as any).toArray());
console.log([[1, 2], [3]].values().flatMap((x) => x).toArray(), typeof Iterator, Iterator.prototype === Object.getPrototypeOf(Object.getPrototypeOf([].values())));
const it = [1, 2, 3].values().map((x) => x * 2);
console.log(it.next(), [...it], it[Symbol.toStringTag], Object.prototype.toString.call(it));
try { naturals().take(-1); } catch (e) { console.log((e as Error).name, (e as Error).message); }
