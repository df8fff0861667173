// Argument validation errors of assert, and messages that are Errors or
// empty.
import assert, { AssertionError } from "node:assert";
const t = (f: () => void) => { try { f(); console.log("ok"); } catch (e: any) { console.log(e.name, e.code, e.message); } };
t(() => assert.throws(() => { throw new Error("x"); }, 5 as any));
t(() => assert.throws(() => { throw new Error("x"); }, "x" as any, "y"));
t(() => assert.throws(() => { throw new Error("x"); }, {}));
t(() => assert.match("a", "a" as any));
t(() => assert.doesNotThrow(() => { throw new Error("x"); }, 5 as any));
t(() => new AssertionError(5 as any));
t(() => (assert.deepEqual as any)(1));
t(() => (assert.notStrictEqual as any)());
t(() => assert.throws(() => { throw "str"; }, "str"));
t(() => assert.throws(() => { throw new TypeError("x"); }, TypeError, "x"));
t(() => assert.ok(false, new RangeError("mine")));
t(() => assert.ok(""));
t(() => assert.ok(false, ""));
