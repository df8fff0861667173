// An uncaught deepStrictEqual failure in CommonJS: Node's throw site, the
// diff, and the error's own properties.
const assert = require("node:assert/strict");
assert.deepEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] });
