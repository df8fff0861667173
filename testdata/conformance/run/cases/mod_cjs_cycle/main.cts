// A CommonJS cycle: b sees a's exports as they were when b was required.
const a = require("./a.cjs");
const b = require("./b.cjs");
console.log("main:", a.done, b.done, b.sawA);
