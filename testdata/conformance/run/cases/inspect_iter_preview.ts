// Map and Set iterators print what they have not yet yielded, and printing
// one never advances it.
import { inspect } from "node:util";

const scores = new Map<string, number>([["ada", 3], ["bob", 5], ["cy", 8]]);
const tags = new Set(["red", "green", "blue"]);

const names = scores.keys();
console.log(names, scores.values(), scores.entries(), scores[Symbol.iterator]());
console.log(tags.values(), tags.entries());
names.next();
console.log("after one next():", names);
console.log("printing did not advance it:", [...names]);
console.log("exhausted:", names);

// The collection changes after the iterator was made.
const live = scores.entries();
live.next();
scores.delete("bob");
scores.set("dee", 13);
console.log(live);
const cleared = tags.values();
tags.clear();
tags.add("violet");
console.log(cleared);

// An iterator printed with nothing left is finished, as in Node: entries
// added later are not yielded by it.
const queue = new Set<number>([1]);
const q = queue.values();
q.next();
console.log(q);
queue.add(2);
console.log(q.next());

// Nested, limited and hidden.
console.log({ job: { pending: new Set([1, 2]).values(), byId: new Map([[1, { deep: { er: 1 } }]]).entries() } });
console.log(inspect({ a: { b: { c: scores.keys() } } }));
console.log(inspect(new Map(Array.from({ length: 120 }, (_, i) => [i, i * i])).entries(), { maxArrayLength: 4 }));
console.log(inspect(new Set([1, 2]).values(), { showHidden: true }));
console.log(inspect(new Map([["k", "v"]]).entries(), { compact: false, breakLength: 10 }));
console.log(`%o|%s`, new Set(["x"]).values(), new Map([["y", 1]]).entries());
