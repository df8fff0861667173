// An uncaught throws() whose validation object does not match: the
// Comparison diff and Node's throw site.
const assert = require("node:assert");
function run() {
  assert.throws(() => { throw new Error("a"); }, { message: "b" });
}
run();
