// throws / doesNotThrow / rejects / doesNotReject with every kind of
// expectation, match / doesNotMatch, fail, ifError.
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
const boom = () => {
  throw new Error("abc");
};
show(() => assert.throws(boom));
show(() => assert.throws(boom, Error));
show(() => assert.throws(boom, /abc/));
show(() => assert.throws(boom, { message: "abc", name: "Error" }));
show(() => assert.throws(boom, { message: /b/ }));
show(() => assert.throws(boom, (e: any) => e.message === "abc"));
show(() => assert.throws(() => {}));
show(() => assert.throws(() => {}, "msg here"));
show(() => assert.throws(() => {}, TypeError));
show(() => assert.throws(() => {}, TypeError, "with message"));
show(() => assert.throws(boom, /y/));
show(() => assert.throws(boom, { message: "y" }));
show(() => assert.throws(boom, { code: "X" }));
show(() => assert.throws(boom, RangeError));
show(() => assert.throws(boom, (e: any) => e.message === "zzz"));
show(() => assert.throws(boom, "abc"));
show(() => assert.throws("x" as any));
show(() => assert.throws(() => { throw 1; }, { a: 1 }));
show(() => assert.throws(boom, { message: "nope" }, "custom"));
show(() => assert.doesNotThrow(() => 1));
show(() => assert.doesNotThrow(boom));
show(() => assert.doesNotThrow(boom, "msg"));
show(() => assert.doesNotThrow(() => { throw new TypeError("x"); }, TypeError));
show(() => assert.doesNotThrow(() => { throw new TypeError("x"); }, RangeError));
show(() => assert.match("abc", /b/));
show(() => assert.match("abc", /x/));
show(() => assert.doesNotMatch("abc", /b/));
show(() => assert.match(123 as any, /x/));
show(() => assert.match("abc", /x/, "custom match"));
show(() => assert.fail());
show(() => assert.fail("boom"));
show(() => assert.fail(new TypeError("typed")));
show(() => assert.ifError(null));
show(() => assert.ifError(undefined));
show(() => assert.ifError(new Error("inner")));
show(() => assert.ifError("str"));

async function main() {
  const tries: [string, () => Promise<void>][] = [
    ["rejects ok", () => assert.rejects(Promise.reject(new Error("r")), /r/)],
    ["rejects fn", () => assert.rejects(async () => { throw new TypeError("t"); }, TypeError)],
    ["rejects missing", () => assert.rejects(Promise.resolve(1))],
    ["rejects wrong", () => assert.rejects(Promise.reject(new Error("r")), { message: "s" })],
    ["rejects bad arg", () => assert.rejects(1 as any)],
    ["doesNotReject ok", () => assert.doesNotReject(Promise.resolve(2))],
    ["doesNotReject bad", () => assert.doesNotReject(Promise.reject(new Error("nope")))],
  ];
  for (const [name, f] of tries) {
    try {
      await f();
      console.log(name, "resolved");
    } catch (e: any) {
      console.log(name, e.name, e.code, e.operator, JSON.stringify(e.message));
    }
  }
}
main();
