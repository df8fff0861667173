// Module namespace objects: null prototype, sorted keys, @@toStringTag,
// non-extensible, writable-but-not-assignable properties.
import * as ns from "./lib.ts";
console.log(ns);
console.log(Object.prototype.toString.call(ns), String(ns[Symbol.toStringTag]));
console.log(Object.getPrototypeOf(ns), Object.isExtensible(ns), Object.isSealed(ns), Object.isFrozen(ns));
console.log(Reflect.ownKeys(ns));
console.log(Object.getOwnPropertyDescriptor(ns, "b"));
for (const act of [
  () => ((ns as any).b = 1),
  () => ((ns as any).added = 1),
  () => delete (ns as any).b,
  () => Object.defineProperty(ns, "b", { value: 3 }),
]) {
  try {
    act();
    console.log("no error");
  } catch (e) {
    console.log((e as Error).constructor.name);
  }
}
console.log(Reflect.set(ns, "b", 1), Reflect.deleteProperty(ns, "zzz"), Reflect.deleteProperty(ns, "b"));
console.log(JSON.stringify(ns));
