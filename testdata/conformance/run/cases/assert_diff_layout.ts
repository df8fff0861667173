// Diff layouts of deepStrictEqual failures: classes, missing and extra
// keys, arrays of objects, strings with newlines, several collapsed runs,
// Maps, typed arrays, errors (compared without their stacks).
import assert from "node:assert";
const show = (f: () => void) => { try { f(); console.log("no throw"); } catch (e: any) { console.log("---"); console.log(e.message); } };
class Point { x: number; y: number; constructor(x: number, y: number) { this.x = x; this.y = y; } }
show(() => assert.deepStrictEqual(new Point(1, 2), new Point(1, 3)));
show(() => assert.deepStrictEqual(new Point(1, 2), { x: 1, y: 2 }));
show(() => assert.deepStrictEqual({ a: 1, b: 2, c: 3 }, { a: 1, c: 3 }));
show(() => assert.deepStrictEqual({ a: 1 }, { a: 1, b: { c: 1 } }));
show(() => assert.deepStrictEqual([{ id: 1, name: "a" }, { id: 2, name: "b" }], [{ id: 1, name: "a" }, { id: 2, name: "c" }]));
show(() => assert.deepStrictEqual({ s: "line1\nline2" }, { s: "line1\nline3" }));
show(() => assert.deepStrictEqual("multi\nline\nstring", "multi\nline\nstrinG"));
show(() => assert.deepStrictEqual(Array.from({ length: 40 }, (_, i) => i), Array.from({ length: 40 }, (_, i) => i === 5 || i === 30 ? -i : i)));
show(() => assert.deepStrictEqual({ a: [1, 2, 3], b: "x".repeat(90) }, { a: [1, 2, 3], b: "y".repeat(90) }));
show(() => assert.deepStrictEqual(new Map([["a", { x: 1 }], ["b", { y: 2 }]]), new Map([["a", { x: 1 }], ["b", { y: 3 }]])));
show(() => assert.deepStrictEqual({ d: new Date(0) }, { d: new Date(1) }));
show(() => assert.deepStrictEqual({ f: undefined }, {}));
show(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 5, 6, 7, 9]));
show(() => assert.deepStrictEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12]));
show(() => assert.deepStrictEqual([9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]));
show(() => assert.deepStrictEqual({ nested: { a: { b: { c: { d: 1 } } } } }, { nested: { a: { b: { c: { d: 2 } } } } }));
show(() => assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
show(() => assert.deepStrictEqual([1, "2"], [1, 2]));
show(() => assert.deepStrictEqual(null, {}));
show(() => assert.deepStrictEqual(undefined, [1]));
show(() => assert.strictEqual("short\nline", "short\nlinf"));
show(() => assert.deepStrictEqual(new Error("a"), new Error("b")));
show(() => assert.deepStrictEqual([[1, 2], [3, 4]], [[1, 2], [3, 5]]));
show(() => assert.notDeepStrictEqual(Array.from({ length: 60 }, (_, i) => i), Array.from({ length: 60 }, (_, i) => i)));
show(() => assert.deepStrictEqual({ a: 1n, s: Symbol.iterator }, { a: 2n, s: Symbol.iterator }));
show(() => assert.deepStrictEqual([1, 2, 3], { 0: 1, 1: 2, 2: 3, length: 3 }));
show(() => assert.deepEqual([1, 2, 3], [1, 2, 4]));
show(() => assert.deepEqual("a".repeat(600), "b"));
