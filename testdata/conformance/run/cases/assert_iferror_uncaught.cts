// An uncaught ifError: Node throws from its own line in node:assert, and the
// report shows the wrapped error.
const assert = require("node:assert");
function run() {
  assert.ifError(new Error("q"));
}
run();
