// Imports are live views of the exporter's bindings.
import { count, increment, current, replace } from "./counter.ts";
import * as ns from "./counter.ts";
console.log(count, ns.count);
increment();
increment();
console.log(count, ns.count);
console.log(current());
replace();
console.log(current(), count);
try {
  // @ts-ignore: assigning to an import is a TypeError at run time
  (ns as any).count = 5;
} catch (e) {
  console.log((e as Error).constructor.name);
}
