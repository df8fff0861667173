// Which values deepEqual, deepStrictEqual, notDeepEqual and
// partialDeepStrictEqual accept: loose ==, prototypes, holes, Sets, Maps,
// boxed primitives, typed arrays.
import assert from "node:assert";
const r = (f: () => void) => { try { f(); return "ok"; } catch (e: any) { return "fail"; } };
class A { x = 1; }
const pairs: [any, any][] = [
  [1, "1"], [null, undefined], [0, false], [[1, 2], ["1", "2"]], [{ a: 1 }, new A()], [new A(), { x: 1 }],
  [new Set([1, 2]), new Set(["1", 2])], [new Map([[1, "a"]]), new Map([["1", "a"]])], [new Date(1), new Date(1)],
  [/a/g, /a/i], [[1, , 3], [1, undefined, 3]], [{ a: undefined }, {}], [NaN, NaN], [new Number(1), new Number(1)],
  [[1], { 0: 1 }], [Object.create(null), {}], [new Error("a"), new Error("a")], [new Uint8Array([1]), new Uint8Array([1])],
  [new Uint8Array([1]), new Int8Array([1])], [{ [Symbol.for("s")]: 1 }, {}], [[{ a: 1 }, { b: 2 }], [{ a: 1 }, { b: "2" }]],
  [new Set([{ a: 1 }]), new Set([{ a: "1" }])], ["a", new String("a")], [1n, 1], [[], {}], [-0, 0],
];
for (const [a, b] of pairs) {
  console.log(r(() => assert.deepEqual(a, b)), r(() => assert.deepStrictEqual(a, b)), r(() => assert.notDeepEqual(a, b)), r(() => assert.partialDeepStrictEqual(a, b)));
}
