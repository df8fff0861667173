// Map and Set formatting.
console.log(new Map());
console.log(new Set());
console.log(new Map<string, unknown>([["a", 1], ["b", { c: [1, 2] }]]));
console.log(new Set([1, "two", { three: 3 }, [4]]));
console.log(new Map([[{ k: 1 }, new Set([1])]]));
const m = new Map<number, number>();
for (let i = 0; i < 120; i++) m.set(i, i * i);
console.log(m.size, [...m.keys()].length);
console.log(new Set(Array.from({ length: 5 }, (_, i) => i)).values());
console.log(new Map([["x", 1]]).entries());
console.log({ inner: new Map([["k", new Map([["deep", new Set([1])]])]]) });
