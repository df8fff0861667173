// An assertion error rethrown from a catch handler: reported as Node reports
// a rejection whose error was made inside assert.
import * as assert from "node:assert";
async function g() { await null; assert.equal(1, 2); }
g().catch((e) => { console.log("caught", e.message); throw e; });
