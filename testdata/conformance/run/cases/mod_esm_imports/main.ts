// ES module imports: named, default, namespace, type-only, and node: builtins
// with and without the prefix; module bodies run once, in dependency order.
import greet, { VERSION, type Options, counter, increment } from "./lib.ts";
import * as lib from "./lib.ts";
import { join } from "path";
import { sep } from "node:path";
console.log("main body");
const opts: Options = { loud: true };
console.log(greet("world", opts), VERSION, lib.VERSION === VERSION);
console.log(counter);
increment();
console.log("live binding:", counter, lib.counter);
console.log(Object.keys(lib).sort(), join("a", "b"), sep);
