// A cycle where b.ts runs first and calls a function declared in a.ts, whose
// body has not run yet: function declarations are initialized at
// instantiation, so the call works.
import { greet } from "./a.ts";
console.log("main:", greet("main"));
