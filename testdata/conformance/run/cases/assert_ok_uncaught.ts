// An uncaught assert(...) failure quotes the call's source text.
import assert from "node:assert";
const x: number = 2;
console.log("before");
assert(x === 1);
