// Module namespace objects as Node prints them; gen.sh records the output
// in module.stdout. The Go test builds namespaces the way the loader must
// (see TestInspectModuleNamespace) and prints the same lines.
import util from 'node:util';
import * as ns from './module_dep.mjs';
import * as empty from './module_empty.mjs';

console.log(util.inspect(ns));
console.log(util.inspect({ ns }, { depth: 0 }));
console.log(util.inspect([ns], { depth: 1 }));
console.log(util.inspect(empty));
console.log(util.inspect(ns, { colors: true }));
console.log(util.types.isModuleNamespaceObject(ns), util.types.isModuleNamespaceObject({}));
