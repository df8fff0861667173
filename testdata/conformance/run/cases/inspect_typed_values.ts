// Typed arrays, ArrayBuffer, DataView, promises, boxed values, dates.
import { inspect } from "node:util";
console.log(inspect(new Float32Array([1.5, -0, NaN])));
console.log(inspect(new BigInt64Array([1n, -1n])));
console.log(inspect(new ArrayBuffer(3)));
console.log(inspect(new DataView(new ArrayBuffer(2))));
console.log(inspect(Promise.resolve({ v: 1 })), inspect(new Promise(() => {})));
const rejected = Promise.reject(new Error("r"));
rejected.catch(() => {});
console.log(inspect(rejected).split("\n")[0]);
console.log(inspect(new Date("2020-01-02T03:04:05.678Z")), inspect(Object(2n)), inspect(Object(Symbol("x"))));
console.log(inspect([new Boolean(true), new Number(-0), new String("")]));
console.log(inspect(Object.assign(new Number(3), { extra: true })));
console.log(inspect(function namedFn() {}), inspect(class K {}), inspect(Symbol.iterator));
console.log(inspect(-0), inspect([-0]), inspect(0.1 + 0.2), inspect(2 ** 53), inspect(1e21), inspect(123456789012345678901234567890n));
