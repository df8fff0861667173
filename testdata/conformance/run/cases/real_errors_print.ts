// Errors inside data structures, errors with extra properties, AggregateError and causes, as console prints them.
class DbError extends Error {
  query: string; code = "E_DB";
  constructor(msg: string, query: string, options?: ErrorOptions) { super(msg, options); this.name = "DbError"; this.query = query; }
}
const e1 = new DbError("connection lost", "SELECT 1", { cause: new Error("ECONNRESET") });
const results = [{ ok: true, value: 1 }, { ok: false, error: new RangeError("out of range") }];
console.log(results.map((r) => (r.ok ? r.value : (r.error as Error).message)));
console.log({ status: "failed", errors: [new TypeError("bad")].map(String) });
const agg = new AggregateError([new Error("one"), new SyntaxError("two")], "several failed");
console.log(agg.errors.map((e: Error) => `${e.name}: ${e.message}`), agg.message, agg.name);
console.log(e1.name, e1.code, e1.query, (e1.cause as Error).message, Object.keys(e1));
const plain = { name: "NotAnError", message: "looks like one" };
console.log(plain, Object.prototype.toString.call(plain), plain instanceof Error);
const noMsg = new Error(); const noName = new Error("x"); noName.name = "";
console.log(String(noMsg), String(noName), noMsg.message === "", JSON.stringify(noMsg));
const weird = new Error("with props"); Object.assign(weird, { status: 404, details: { path: "/x" } });
console.log(Object.entries(weird));
try { throw "a string"; } catch (e) { console.log(typeof e, e); }
try { throw { code: 42 }; } catch (e) { console.log(e); }
try { throw null; } catch (e) { console.log(e); }
const p = Promise.reject(new DbError("async fail", "UPDATE t"));
p.catch((e: DbError) => console.log("caught", e.name, e.query));
process.on("warning", (w) => console.log("warning event", w.name));
setTimeout(() => {
  try { JSON.parse("{'bad': json}"); } catch (e) { console.log((e as Error).message); }
  try { decodeURIComponent("%E0%A4%A"); } catch (e) { console.log((e as Error).name, (e as Error).message); }
  try { new Array(-1); } catch (e) { console.log((e as Error).name, (e as Error).message); }
  try { "x".repeat(2 ** 40); } catch (e) { console.log((e as Error).name, (e as Error).message); }
  try { "x".repeat(-1); } catch (e) { console.log((e as Error).name, (e as Error).message); }
  try { (123).toFixed(101); } catch (e) { console.log((e as Error).name, (e as Error).message); }
  try { null!.foo; } catch (e) { console.log((e as Error).name); }
  try { Symbol() + ""; } catch (e) { console.log((e as Error).name, (e as Error).message); }
  try { BigInt("1.5"); } catch (e) { console.log((e as Error).name, (e as Error).message); }
  try { structuredClone(() => {}); } catch (e) { console.log((e as Error).name); }
  try { Object.defineProperty(Object.freeze({}), "x", { value: 1 }); } catch (e) { console.log((e as Error).name, (e as Error).message); }
  try { ({} as any).a.b.c; } catch (e) { console.log((e as Error).name); }
  try { let x = 1; (x as any)(); } catch (e) { console.log((e as Error).name, (e as Error).message); }
}, 1);
