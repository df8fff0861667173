// assert.ok with an explicit undefined message quotes the call; an
// assertion failing after an await is an unhandled rejection (CommonJS).
const assert = require("node:assert");
function f(n: number) { assert.ok(n > 3, undefined); }
try { f(1); } catch (e: any) { console.log(e.message); }
async function g() { await null; assert.deepStrictEqual([1], [2]); }
g();
