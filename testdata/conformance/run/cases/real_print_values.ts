// How Symbols, BigInts, labels, special numbers and odd keys print.
const sym = Symbol("id"), anon = Symbol(), reg = Symbol.for("app.key");
const obj = { [sym]: 1, [anon]: "x", [reg]: true, "a-b": 2, "valid_id": 3, 42: "num", "": "empty", [Symbol.iterator]: null };
console.log(obj);
console.log(sym, anon, reg, Symbol.iterator, [sym], String(sym), sym.description, sym.toString());
console.log(10n, -5n, 2n ** 100n, [1n], { big: 123n }, typeof 1n, BigInt(Number.MAX_SAFE_INTEGER) + 2n, BigInt("0x1f"), 7n / 2n, -7n % 3n);
console.log(BigInt.asUintN(8, 257n), (123n).toString(16), 0n === -0n, 1n < 2, 2n == 2 as any);
try { (1n as any) + 1; } catch (e) { console.log((e as Error).name, (e as Error).message); }
try { BigInt(1.5); } catch (e) { console.log((e as Error).name, (e as Error).message); }
try { JSON.stringify({ a: 1n }); } catch (e) { console.log((e as Error).name, (e as Error).message); }
console.log(-0, [-0], 0 * -1, Object.is(-0, 0), 1 / 0, -1 / 0, NaN, [NaN, Infinity], 0.1 + 0.2, 1e21, 1e-7, 2 ** 53, 123456789012345680000);
console.log((255).toString(2), (255).toString(16).padStart(4, "0"), (0.5).toString(2), (1234.5678).toFixed(2), (0.000001234).toPrecision(2), (1e21).toFixed(2), (12345.6789).toExponential(3));
console.log(Number("0x10"), Number(""), Number(" 12 "), Number("12px"), parseInt("12px"), parseFloat("3.14abc"), Number(null), Number(undefined), Number([5]), +true);
outer: for (let i = 0; i < 3; i++) {
  inner: for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log("pair", i, j);
  }
}
block: { console.log("in block"); if (obj) break block; console.log("never"); }
console.log([undefined, null, true, "str", 3, () => 1, function named() {}, class K {}, Symbol("s")]);
console.log({ undef: undefined, nul: null, fn() {}, arrow: () => {}, *gen() {}, cls: class {} });
console.log(typeof null, typeof undefined, typeof (() => {}), typeof class {}, typeof Symbol(), void 0);
console.log("%s|%d|%i|%f|%j|%o|%O|%%|%c", "s", 42.5, 42.5, "3.5", { a: [1] }, [1, { b: 2 }], { c: { d: { e: { f: 1 } } } }, "color: red");
console.log("%s", Symbol("in-format"), 5n, "%d", 7n);
console.log(new Number(5), new String("boxed"), new Boolean(false), Object(1n), Object(Symbol("boxed")));
console.log([1, 2, 3].length, "héllo wörld".length, [..."👍🏽"].length, "👍🏽".length, "ß".toUpperCase(), "İ".toLowerCase().length);
console.log(Number.MAX_SAFE_INTEGER, Number.EPSILON, Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE);
console.log(Math.round(2.5), Math.round(-2.5), Math.round(0.49999999999999994), (2.345).toFixed(2), (1.45).toFixed(1), Math.max(), Math.min());
