exports.done = false;
const a = require("./a.cjs");
console.log("in b, a.done =", a.done);
exports.sawA = a.done;
exports.done = true;
