// Messages of the comparison assertions, as Node 26 words them: simple
// values on one line, longer ones stacked with a caret, custom messages.
import assert from "node:assert";

function show(f: () => void) {
  try {
    f();
    console.log("no throw");
  } catch (e: any) {
    console.log("---", e.name, e.code, e.operator, e.generatedMessage);
    console.log(e.message);
  }
}
show(() => assert.strictEqual(1, 2));
show(() => assert.strictEqual("a", "b"));
show(() => assert.strictEqual("a\nb", "a\nc"));
show(() => assert.strictEqual(1, "1"));
show(() => assert.strictEqual(NaN, 0));
show(() => assert.strictEqual(NaN, NaN));
show(() => assert.strictEqual(0, -0));
show(() => assert.strictEqual(undefined, null));
show(() => assert.strictEqual(true, false));
show(() => assert.strictEqual(1n, 2n));
show(() => assert.strictEqual(Symbol("a"), Symbol("a")));
show(() => assert.strictEqual("abcdefg", "abcdxfg"));
show(() => assert.strictEqual("ab", "xyzxyzxyzxyz"));
show(() => assert.strictEqual("a".repeat(20), "a".repeat(19) + "b"));
show(() => assert.strictEqual("x".repeat(100), "y"));
show(() => assert.strictEqual({ a: 1 }, { a: 1 }));
show(() => assert.strictEqual([1, 2], [1, 2]));
show(() => assert.strictEqual(function f() {}, function f() {}));
show(() => assert.strictEqual(1, 2, "custom"));
show(() => assert.equal(1, 2));
show(() => assert.equal("a", "b"));
show(() => assert.equal(1, "1"));
show(() => assert.equal(NaN, NaN));
show(() => assert.notEqual(1, 1));
show(() => assert.notStrictEqual(1, 1));
show(() => assert.notStrictEqual("a", "a"));
show(() => assert.notStrictEqual({ a: 1 }, { a: 1 }));
show(() => {
  const o = { a: 1 };
  assert.notStrictEqual(o, o);
});
show(() => assert.notStrictEqual(1, 1, "custom ne"));
show(() => assert.ok(0));
show(() => assert.ok(false, "custom msg"));
show(() => assert.ok(true));
show(() => assert.ok(null, undefined));
show(() => (assert as any)());
show(() => assert.strictEqual(1, 2, new TypeError("own")));
show(() => (assert.strictEqual as any)(1));
