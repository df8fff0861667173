// V8's TypeError texts for destructuring null/undefined and iterating a
// value that is not iterable: the subject is named as the source spells it.
const u: any = undefined;
const n: any = null;
const num: any = 5;
const o: any = { p: undefined, q: null, num: 5, obj: {}, t: true, m() { return undefined; } };
function f(): any { return undefined; }
function g({ a }: any) { return a; }
function h([x]: any) { return x; }

const cases: [string, () => void][] = [
  ["object pattern, undefined", () => { const { a } = u; }],
  ["object pattern, null", () => { const { a } = n; }],
  ["array pattern", () => { const [x] = u; }],
  ["for...of undefined", () => { for (const x of u) {} }],
  ["array spread", () => { [...u]; }],
  ["new Set(5)", () => { const s = new Set(5 as any); }],
  ["nested pattern", () => { const { a: { b } } = { a: undefined } as any; }],
  ["call spread of null", () => { Math.max(...n); }],
  ["member subject", () => { const { a } = o.p; }],
  ["member subject, null", () => { const { a } = o.q; }],
  ["element subject", () => { const { a } = o["p"]; }],
  ["call subject", () => { const { a } = f(); }],
  ["method call subject", () => { const { a } = o.m(); }],
  ["empty pattern", () => { const {} = u; }],
  ["rest only", () => { const { ...rest } = u; }],
  ["computed key", () => { const { ["k" + 1]: v } = u; }],
  ["renamed and quoted keys", () => { const { "a-b": ab, c } = u; }],
  ["numeric key", () => { const { 5: five } = u; }],
  ["first key with default", () => { const { a = 1, b } = u; }],
  ["wrapped subject", () => { const { a } = (u as any)!; }],
  ["parameter, undefined", () => { g(undefined); }],
  ["parameter, null", () => { g(null); }],
  ["parameter, missing", () => { (g as any)(); }],
  ["array parameter", () => { h(undefined); }],
  ["array parameter, number", () => { h(5); }],
  ["arrow parameter", () => { [undefined].map(({ a }: any) => a); }],
  ["for...of object", () => { const oo: any = {}; for (const x of oo) {} }],
  ["for...of {}", () => { for (const x of ({} as any)) {} }],
  ["for...of number member", () => { for (const x of o.num) {} }],
  ["for...of undefined member", () => { for (const x of o.p) {} }],
  ["for...of call", () => { for (const x of f()) {} }],
  ["array pattern, number", () => { const [a] = num; }],
  ["array pattern, object", () => { const [a] = o; }],
  ["array pattern, call", () => { const [a] = f(); }],
  ["array pattern, number member", () => { const [x] = o.num; }],
  ["array pattern, null member", () => { const [x] = o.q; }],
  ["array pattern, boolean member", () => { const [x] = o.t; }],
  ["array pattern, object member", () => { const [x] = o.obj; }],
  ["array pattern, method", () => { const [x] = o.m; }],
  ["array spread, number", () => { [...num]; }],
  ["array spread, member", () => { [...o.num]; }],
  ["array spread, call", () => { [...f()]; }],
  ["call spread, undefined", () => { Math.max(...u); }],
  ["call spread, member", () => { Math.max(...o.p); }],
  ["call spread, call", () => { Math.max(...f()); }],
  ["call spread, number", () => { Math.max(...num); }],
  ["object assignment", () => { let a; ({ a } = u); }],
  ["object assignment, member", () => { let a; ({ a } = o.p); }],
  ["object assignment, empty", () => { ({} = u); }],
  ["object assignment, default", () => { let a; ({ a = 1 } = u); }],
  ["array assignment", () => { let a; [a] = u; }],
  ["array assignment, number", () => { let a; [a] = num; }],
  ["new Map(5)", () => { new Map(5 as any); }],
  ["new WeakSet(true)", () => { new WeakSet(true as any); }],
  ["new WeakMap({})", () => { new WeakMap({} as any); }],
  ["new Set(symbol)", () => { new Set(Symbol() as any); }],
  ["new Set(bigint)", () => { new Set(10n as any); }],
  ["new Set(1.5)", () => { new Set(1.5 as any); }],
  ["new Map, primitive entry", () => { new Map([1] as any); }],
  ["new WeakMap, second entry", () => { new WeakMap([[{}, 1], 3] as any); }],
  ["iterable still works", () => { const [a, b] = new Set([1, 2]); const { size } = new Map(); for (const c of "ab") {} [...[1], ...new Set([2])]; Math.max(...[1, 2]); }],
];
for (const [name, fn] of cases) {
  try {
    fn();
    console.log(name + ": no error");
  } catch (e) {
    console.log(name + ": " + (e as Error).message);
  }
}

function serve(config: any) {
  for (const s of config.servers) {
    console.log(s);
  }
}
serve({});
