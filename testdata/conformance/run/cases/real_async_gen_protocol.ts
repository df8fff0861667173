// Async generators (lowered by esbuild for goja) as V8 has them: objects, functions, the protocol and queued calls.
export {};
async function* ticks(n: number) { for (let i = 0; i < n; i++) { yield i; await null; } }
const o = { async *m() { yield* ticks(2); } };
class C { async *g() { for await (const x of o.m()) yield x; } static async *s() {} }
const fe = async function* named() {};
for await (const v of new C().g()) console.log(v);
console.log(o.m, C.s, new C().g, fe, ticks(1), Object.prototype.toString.call(fe));
const it = ticks(3); console.log(await Promise.all([it.next(), it.next(), it.return(9), it.next()]));
async function* bad() { throw new Error("x"); }
await bad().next().catch((e) => console.log("caught", e.message));
