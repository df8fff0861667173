// @args: build --out dist -v --define a=1 --define b=2 src/main.ts
// A build-tool CLI on util.parseArgs, util.promisify, util.styleText-free output and os info.
import { parseArgs, promisify, inspect, format, types, deprecate, callbackify, inherits } from "node:util";
import { EOL } from "node:os";
const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { out: { type: "string", short: "o", default: "build" }, verbose: { type: "boolean", short: "v" }, define: { type: "string", multiple: true }, watch: { type: "boolean", default: false } },
});
console.log(values, positionals);
try { parseArgs({ args: ["--nope"], options: {} }); } catch (e) { console.log((e as any).code, (e as Error).message); }
try { parseArgs({ args: ["--out"], options: { out: { type: "string" } } }); } catch (e) { console.log((e as any).code, (e as Error).message); }
const defines = Object.fromEntries((values.define ?? []).map((d) => d.split("=")));
console.log(format("defines: %O", defines), EOL === "\n");
function legacy(x: number, cb: (err: Error | null, v?: number) => void) { setTimeout(() => (x < 0 ? cb(new Error("negative")) : cb(null, x * 2)), 1); }
const p = promisify(legacy);
p(21).then((v) => console.log("promisified", v));
p(-1).catch((e: Error) => console.log("promisified error", e.message));
callbackify(async (x: number) => x + 1)(1, (err: unknown, v: number) => console.log("callbackified", err, v));
console.log(types.isAsyncFunction(async () => {}), types.isGeneratorFunction(function* () {}), types.isMap(new Map()), types.isNativeError(new TypeError()), types.isBoxedPrimitive(Object(1)));
const old = deprecate(() => "result", "old() is deprecated, use new()", "DEP_TSRUN1");
console.log(old(), old());
function Animal(this: any, name: string) { this.name = name; }
Animal.prototype.speak = function () { return `${this.name} speaks`; };
function Dog(this: any, name: string) { Animal.call(this, name); }
inherits(Dog, Animal);
const d = new (Dog as any)("rex");
console.log(d.speak(), d instanceof (Animal as any), (Dog as any).super_ === Animal, d);
console.log(inspect(new Proxy({ a: 1 }, {}), { showProxy: true }), new Proxy([1, 2], {}), inspect(new Proxy({}, {}), { showProxy: false }));
class Tagged { get [Symbol.toStringTag]() { return "Custom"; } x = 1; }
console.log(new Tagged(), Object.prototype.toString.call(new Tagged()));
class Acc { #v = 1; get v() { return this.#v; } set v(x) { this.#v = x; } static get s() { return 1; } }
console.log(new Acc(), Object.getOwnPropertyDescriptor(Acc.prototype, "v"), Acc);
const ref = new WeakRef({ big: "object" });
console.log(typeof ref.deref(), ref.deref()?.big, Object.prototype.toString.call(ref));
const reg = new FinalizationRegistry((held) => console.log("finalized", held));
reg.register({}, "token"); console.log(reg.unregister({}), typeof reg.register);
