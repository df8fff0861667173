// An import cycle: a.ts and b.ts import each other; live bindings resolve
// once both bodies have run.
import { a, fromB } from "./a.ts";
console.log("main", a, fromB());
