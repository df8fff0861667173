// console.log of primitives, alone and as several arguments.
const values: unknown[] = [1, -0, 0, 3.14, NaN, Infinity, -Infinity, 10n, -5n, "text", "", true, false, null, undefined, Symbol("s"), Symbol(), 1e21, 1e-7, 0x10];
for (const v of values) console.log(v);
console.log("several", 1, true, null, undefined, 2n, Symbol.iterator);
console.log();
console.log("");
console.log("%s is %d years", "Bob", 42);
console.log([1, -0, "a", null]);
