// Map/Set-heavy code: word counts, graph traversal, LRU cache.
const text = `the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while the quick fox runs`;
const counts = new Map<string, number>();
for (const w of text.split(/\s+/)) counts.set(w, (counts.get(w) ?? 0) + 1);
const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
console.log(top);
console.log(counts.size, counts.get("fox"), counts.has("cat"));
console.log(new Map(top));
const graph = new Map<string, Set<string>>([
  ["a", new Set(["b", "c"])], ["b", new Set(["d"])], ["c", new Set(["d", "e"])], ["d", new Set(["f"])], ["e", new Set()], ["f", new Set()],
]);
function bfs(start: string) {
  const seen = new Set([start]); const order: string[] = []; const q = [start];
  while (q.length) { const n = q.shift()!; order.push(n); for (const m of graph.get(n) ?? []) if (!seen.has(m)) { seen.add(m); q.push(m); } }
  return order;
}
console.log(bfs("a").join(" -> "));
console.log(graph);
class LRU<K, V> {
  #map = new Map<K, V>();
  private cap: number;
  constructor(cap: number) { this.cap = cap; }
  get(k: K) { const v = this.#map.get(k); if (v !== undefined) { this.#map.delete(k); this.#map.set(k, v); } return v; }
  set(k: K, v: V) { this.#map.delete(k); this.#map.set(k, v); if (this.#map.size > this.cap) this.#map.delete(this.#map.keys().next().value!); }
  keys() { return [...this.#map.keys()]; }
}
const lru = new LRU<string, number>(3);
for (const [k, v] of [["a", 1], ["b", 2], ["c", 3]] as const) lru.set(k, v);
lru.get("a"); lru.set("d", 4);
console.log(lru.keys(), lru);
const a = new Set([1, 2, 3, 4]), b = new Set([3, 4, 5]);
console.log(new Set([...a].filter((x) => b.has(x))), new Set([...a, ...b]), [...a].filter((x) => !b.has(x)));
console.log(a.union?.(b), a.intersection?.(b), a.difference?.(b), a.isSubsetOf?.(new Set([1, 2, 3, 4, 5])));
const wm = new WeakMap<object, string>(); const key = {}; wm.set(key, "v");
console.log(wm.get(key), wm.has({}), wm, new WeakSet([key]));
const nested = new Map<string, unknown>([["list", [1, 2, { deep: new Map([["x", new Set([1])]]) }]], ["obj", { a: { b: { c: { d: 1 } } } }]]);
console.log(nested);
console.log(new Map([[{ k: 1 }, [1, 2]], [NaN, "nan"]]), new Set(["a", 1, null, undefined]));
console.log([...new Map([["x", 1]]).entries()], new Map([["x", 1]]).entries(), new Set([5]).values());
console.log(Object.groupBy?.([1, 2, 3, 4], (n) => (n % 2 ? "odd" : "even")), Map.groupBy?.([1, 2, 3], (n) => n > 1));
