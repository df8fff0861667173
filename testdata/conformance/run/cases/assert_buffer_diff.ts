// A deepStrictEqual diff of Buffers: Node inspects them without their
// custom inspect, element by element.
import assert from "node:assert";
try {
  assert.deepStrictEqual(Buffer.from("ab"), Buffer.from("ac"));
} catch (e: any) {
  console.log(e.message);
}
