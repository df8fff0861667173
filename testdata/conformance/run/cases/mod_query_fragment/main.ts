// #fragment and ?query name module instances as Node's URLs do:
// ./c.ts#a and ./c.ts#a are one instance, ./c.ts#b another, ./c.ts?x#a a
// third; import.meta.resolve keeps the suffix; a missing file with a query
// is reported by its path.
import { id as a1 } from "./c.ts#a";
import { id as a2 } from "./c.ts#a";
import { id as b } from "./c.ts#b";
import { id as q } from "./c.ts?x#a";
import { id as plain } from "./c.ts";
console.log(a1, a2, b, q, plain);
const resolved = import.meta.resolve("./c.ts?v=1#frag");
console.log(resolved.slice(resolved.lastIndexOf("/") + 1));
try {
  await import("./missing.ts?x");
} catch (e) {
  const err = e as NodeJS.ErrnoException;
  console.log(err.code, err.message);
}
