// A namespace read during a cycle, before the importer's bindings exist:
// inspect shows <uninitialized>, Object.keys and getOwnPropertyDescriptor
// throw the ReferenceError, `in` and Reflect.ownKeys do not. Integer-like
// names list first, in numeric order (V8's order for namespaces).
import * as dep from "./dep.ts";
export let x = 1;
export const y = 2;
console.log(dep);
console.log(JSON.stringify(Object.entries(dep)));
import * as util from "node:util";
console.log(util.types.isProxy(dep), util.types.isModuleNamespaceObject(dep), util.inspect(dep, { showHidden: true }));
import * as path from "node:path";
console.log(typeof path.join, Object.getOwnPropertyDescriptor(path, "sep"), Object.isFrozen(path), Object.isSealed(path));
try {
  (path as any).sep = "\\";
} catch (e) {
  console.log((e as Error).name);
}
console.log(Object.defineProperty(dep, "z", { value: 3, writable: true, enumerable: true }) === dep);
try {
  Object.defineProperty(dep, "z", { value: 4 });
} catch (e) {
  console.log((e as Error).name);
}
