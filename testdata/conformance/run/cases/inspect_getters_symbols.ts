// Getters, setters, symbols, non-enumerable properties, showHidden.
import { inspect } from "node:util";
const o = {
  get g(): number {
    return 1;
  },
  set s(_v: number) {},
  get gs(): number {
    return 2;
  },
  set gs(_v: number) {},
  [Symbol("sym")]: "symbol value",
  [Symbol.iterator]: null,
};
Object.defineProperty(o, "hidden", { value: 42, enumerable: false });
console.log(o);
console.log(inspect(o, { getters: true }));
console.log(inspect(o, { showHidden: true }));
console.log(inspect([1, 2], { showHidden: true }));
console.log(Object.keys(o));
console.log(inspect({ a: 1, b: 2, c: { z: 1, y: 2 } }, { sorted: true }));
