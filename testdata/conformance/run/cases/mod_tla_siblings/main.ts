// Siblings with top-level await: a sync sibling after an async one waits
// only for its own dependencies (it runs before a.ts finishes).
import "./a.ts";
import "./b.ts";
import "./c.ts";
console.log("main");
