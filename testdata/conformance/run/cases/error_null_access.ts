// goja's own TypeErrors for property access on null or undefined, `in` and
// `instanceof` read as V8's, caught, in a rejection and uncaught.
const u: any = undefined, n: any = null, o: any = {};
const sym = Symbol("s");
const cases: [string, () => unknown][] = [
  ["read undefined", () => u.y],
  ["read null", () => n.y],
  ["read computed", () => u["k" + 1]],
  ["read index of null", () => n[0]],
  ["read symbol", () => u[sym]],
  ["method of undefined", () => u.m()],
  ["method of null", () => n.m()],
  ["chain", () => o.a.b],
  ["write undefined", () => { u.x = 1; }],
  ["write null", () => { n.x = 1; }],
  ["write computed", () => { u["k" + 2] = 1; }],
  ["write index of null", () => { n[0] = 1; }],
  ["compound", () => { u.x += 1; }],
  ["increment", () => { n.x++; }],
  ["in", () => "a" in u],
  ["instanceof object", () => o instanceof o],
  ["instanceof number", () => o instanceof (5 as any)],
  ["Object.keys(null)", () => Object.keys(n)],
];
for (const [name, f] of cases) {
  try {
    f();
    console.log(name, "no error");
  } catch (e) {
    console.log(name + ":", (e as Error).name, (e as Error).message);
  }
}
Promise.resolve().then(() => n.later).catch((e: Error) => console.log("rejection:", e.message));
setTimeout(() => { console.log(n.fatal); }, 0);
