// util.format.
import { format } from "node:util";
console.log(format("%s:%s", "a"));
console.log(format("%s", "a", "b", { c: 1 }));
console.log(format("%d + %i = %f", 1.5, 2.5, 4));
console.log(format("%s", 1n, 2n), format("%d", 1n));
console.log(format("%j", { toJSON: () => "custom" }));
const circ: any = {};
circ.c = circ;
console.log(format("%j", circ));
console.log(format("%o", [1, { a: 2 }]));
console.log(format("%O", { deep: { deeper: { deepest: { x: 1 } } } }));
console.log(format("%s", { nested: { obj: { deep: { deeper: 1 } } } }));
console.log(format("%s", [1, [2, [3, [4]]]]), format("%s", new Error("e").message));
console.log(format(1, 2, "three"), format(), format("%%s"), format("%"), format("%s%"));
console.log(format("%s", null), format("%s", undefined), format("%s", -0), format("%s", Symbol("q")));
console.log(format("%i", "42abc"), format("%d", "abc"), format("%f", "1e3"));
