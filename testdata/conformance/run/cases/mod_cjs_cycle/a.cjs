exports.done = false;
const b = require("./b.cjs");
console.log("in a, b.done =", b.done);
exports.done = true;
