// The depth option.
import { inspect } from "node:util";
const deep = { a: { b: { c: { d: { e: { f: 1 } } } } }, arr: [[[[[1]]]]] };
console.log(inspect(deep));
console.log(inspect(deep, { depth: 0 }));
console.log(inspect(deep, { depth: 1 }));
console.log(inspect(deep, { depth: Infinity }));
console.log(inspect(deep, { depth: null }));
console.log(inspect(new Map([["k", { a: { b: { c: 1 } } }]]), { depth: 1 }));
console.log(inspect([new Set([{ a: 1 }])], { depth: 0 }));
