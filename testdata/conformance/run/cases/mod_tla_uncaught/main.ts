// A rejected top-level await in the entry's graph is uncaught: exit 1.
import "./dep.ts";
console.log("not reached");
