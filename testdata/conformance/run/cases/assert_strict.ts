// node:assert/strict, AssertionError made directly, and how a caught
// AssertionError inspects.
import assert, { AssertionError } from "node:assert";
import strict from "node:assert/strict";

console.log(strict === assert.strict, strict.strict === strict, typeof strict.ok);
console.log(strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual);
try {
  strict.equal(1, "1");
} catch (e) {
  console.log(e);
}
try {
  strict.deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] });
} catch (e: any) {
  console.log(e instanceof AssertionError, e instanceof Error, Object.keys(e));
  console.log(String(e).split("\n")[0]);
  console.log(e);
}
try {
  strict(0);
} catch (e: any) {
  console.log(e.message);
}
const made = new AssertionError({ actual: 1, expected: 2, operator: "strictEqual" });
console.log(made.message, made.generatedMessage, made.name, made.code);
const custom = new AssertionError({ message: "mine", actual: "a", expected: "b", operator: "foo" });
console.log(custom.message, custom.generatedMessage, custom.operator);
console.log(new AssertionError({ actual: 1, expected: 2, operator: "notEqualish" }).message);
try {
  assert.strictEqual("x\n".repeat(20), "y");
} catch (e) {
  console.log(e);
}
