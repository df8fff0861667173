// deepEqual / deepStrictEqual and their negations: the + actual - expected
// diff of the inspected values, collapsed runs, loose versus strict.
import assert from "node:assert";

function show(f: () => void) {
  try {
    f();
    console.log("no throw");
  } catch (e: any) {
    console.log("---", e.operator, e.generatedMessage);
    console.log(e.message);
  }
}
show(() => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1, b: 3 }));
show(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]));
show(() => assert.deepStrictEqual([1, 2, 3], [1, 2]));
show(() => assert.deepStrictEqual({ a: 1 }, [1]));
show(() => assert.deepStrictEqual(1, 2));
show(() => assert.deepStrictEqual(0, -0));
show(() => assert.deepStrictEqual({ a: 1 }, { a: 1 }));
show(() => assert.deepStrictEqual([Symbol()], [Symbol()]));
show(() => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])));
show(() => assert.deepStrictEqual(new Set([1]), new Set([2])));
show(() => assert.deepStrictEqual({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 3] } }, "custom"));
show(() =>
  assert.deepStrictEqual(
    Array.from({ length: 30 }, (_, i) => i),
    Array.from({ length: 30 }, (_, i) => (i === 15 ? -1 : i)),
  ),
);
show(() =>
  assert.deepStrictEqual(
    { name: "x", tags: ["a", "b"], nested: { deep: { value: 1 } }, list: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
    { name: "y", tags: ["a", "b"], nested: { deep: { value: 2 } }, list: [1, 2, 3, 4, 5, 6, 7, 8, 9, 11] },
  ),
);
show(() => assert.deepStrictEqual([1, [2, [3, 4]]], [1, [2, [3, 5]]]));
show(() => assert.deepStrictEqual({ a: 1 }, { a: "1" }));
show(() => assert.deepEqual({ a: 1 }, { a: "1" }));
show(() => assert.deepEqual({ a: 1 }, { a: 2 }));
show(() => assert.deepEqual(1, 2));
show(() => assert.deepEqual(new Date(0), new Date(1)));
show(() => assert.deepEqual({ a: 1 }, { a: 2 }, "custom deq"));
show(() => assert.deepEqual([1, 2, { x: null }], ["1", 2, { x: undefined }]));
show(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
show(() => assert.notDeepStrictEqual({ a: 1 }, { a: 2 }));
show(() => assert.notDeepEqual({ a: 1 }, { a: 1 }));
show(() => assert.notDeepEqual({ a: 1 }, { a: "1" }));
show(() => assert.deepStrictEqual(new Date(5), new Date(5)));
show(() => assert.deepStrictEqual(/a/g, /a/g));
show(() => assert.deepStrictEqual(Object.create(null), {}));
