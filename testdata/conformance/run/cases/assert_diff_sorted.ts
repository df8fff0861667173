// Diffs of sorted keys, Maps and Sets, getters, functions, long strings,
// an array against an empty one, WeakMaps and promises (same text).
import assert from "node:assert";
const show = (f: () => void) => { try { f(); console.log("no throw"); } catch (e: any) { console.log("---"); console.log(e.message); } };
show(() => assert.deepStrictEqual({ b: 1, a: 2, c: { z: 1, y: [3, 2] } }, { b: 1, a: 3, c: { z: 1, y: [3, 2] } }));
show(() => assert.deepStrictEqual(new Map([["z", 1], ["a", 2]]), new Map([["z", 1], ["a", 3]])));
show(() => assert.deepStrictEqual(new Set(["z", "a"]), new Set(["z", "b"])));
show(() => assert.deepStrictEqual({ get x() { return 1; } }, { x: 2 }));
show(() => assert.deepStrictEqual([undefined, null], [null, undefined]));
show(() => assert.deepStrictEqual({ fn() {} }, { fn() {} }));
show(() => assert.deepStrictEqual({ a: "x".repeat(200) }, { a: "x".repeat(199) }));
show(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28], []));
show(() => assert.strictEqual({ a: 1 }, { a: 2 }));
show(() => assert.notDeepStrictEqual([1, 2], [1, 2], "nope"));
show(() => assert.deepStrictEqual(new WeakMap(), new WeakMap()));
show(() => assert.deepStrictEqual(Promise.resolve(1), Promise.resolve(1)));
show(() => assert.deepStrictEqual({ a: [{ b: { c: new Set([1]) } }] }, { a: [{ b: { c: new Set([2]) } }] }));
