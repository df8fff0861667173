// When util.inspect puts an object on one line and when it breaks it.
import { inspect } from "node:util";
console.log(inspect({ a: 1, b: 2, c: 3 }));
console.log(inspect({ alpha: "a".repeat(20), beta: "b".repeat(20), gamma: "c".repeat(20) }));
console.log(inspect({ alpha: "a".repeat(20), beta: "b".repeat(20), gamma: "c".repeat(21) }));
console.log(inspect({ a: { b: { c: 1 } }, d: [1, 2, { e: 3 }], f: "x" }));
console.log(inspect([{ id: 1, name: "one" }, { id: 2, name: "two" }, { id: 3, name: "three" }, { id: 4, name: "four" }]));
console.log(inspect({ k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9, k10: 10, k11: 11, k12: 12, k13: 13, k14: 14, k15: 15, k16: 16, k17: 17, k18: 18, k19: 19, k20: 20, k21: 21, k22: 22, k23: 23, k24: 24, k25: 25, k26: 26, k27: 27 }));
console.log(inspect(["short", "strings", "in", "an", "array", "that", "is", "long", "enough", "to", "wrap", "somewhere", "soon", "now", "please", "ok", "x", "y", "z", "w", "v", "u", "t"]));
console.log(inspect({ arr: [[1, 2], [3, 4]], obj: { x: { y: 1 } } }, { breakLength: 20 }));
console.log(inspect({ a: 1, b: { c: 2 } }, { compact: false }));
console.log(inspect({ a: 1, b: { c: 2 } }, { breakLength: Infinity }));
