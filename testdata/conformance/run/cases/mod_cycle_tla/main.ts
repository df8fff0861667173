// A cycle with a top-level await inside it: the cycle completes together.
import { a } from "./a.ts";
console.log("main", a);
