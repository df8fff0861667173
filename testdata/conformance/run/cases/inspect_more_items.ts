// Long collections are cut at 100 items (maxArrayLength).
import util from "node:util";
console.log(Array.from({ length: 101 }, (_, i) => i % 10));
console.log(new Set(Array.from({ length: 103 }, (_, i) => i)));
console.log(new Map(Array.from({ length: 102 }, (_, i) => [i, String(i)])));
console.log(util.inspect(Array.from({ length: 10 }, (_, i) => i), { maxArrayLength: 3 }));
console.log(util.inspect(Array.from({ length: 10 }, (_, i) => i), { maxArrayLength: 0 }));
console.log(util.inspect("x".repeat(30), { maxStringLength: 10 }));
console.log(util.inspect({ s: "y".repeat(20) }, { maxStringLength: 4 }));
console.log(Buffer.alloc(51));
