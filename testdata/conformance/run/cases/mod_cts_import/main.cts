// A .cts file is CommonJS whatever its syntax: an import statement left
// after type stripping is Node's "Cannot use import statement outside a
// module", with its warning about the failed ES module load.
import type { Shape } from "./shape.ts";
const n: number = 1;
import { a } from "./lib.ts";
console.log("never", a, n);
