// Maps, Sets and iterators nested in objects and arrays.
import { inspect } from "node:util";
const m = new Map<string, unknown>([
  ["users", new Set(["ada", "bob"])],
  ["meta", { created: "today", tags: new Map([["t", 1]]) }],
]);
console.log(m);
console.log({ m });
console.log([m.keys(), new Set([1, 2]).entries()]);
const it = [1, 2, 3][Symbol.iterator]();
it.next();
console.log(it);
console.log(inspect(new Map([[NaN, -0]])), inspect(new Set([undefined, null])));
console.log(new Map([[{ a: 1 }, [1, 2]], [[3], { b: 2 }]]));
console.log(Object.entries({ a: 1, b: 2 }), Object.fromEntries(new Map([["k", "v"]])));
