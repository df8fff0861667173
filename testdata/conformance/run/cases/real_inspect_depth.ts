// util.inspect/format of class instances, getters, deep nesting, circular refs and long arrays.
import util from "node:util";
class Node2 { value: number; children: Node2[] = []; parent?: Node2; constructor(v: number) { this.value = v; } add(c: Node2) { c.parent = this; this.children.push(c); return this; } }
const root = new Node2(1).add(new Node2(2).add(new Node2(3).add(new Node2(4).add(new Node2(5)))));
console.log(root);
console.log(util.inspect(root, { depth: 0 }), util.inspect(root, { depth: Infinity, breakLength: Infinity }).length);
const deep = { l1: { l2: { l3: { l4: { l5: "bottom" } } }, arr: [[1, [2, [3, [4, [5]]]]]] } };
console.log(deep);
console.log(JSON.stringify(deep));
console.log(util.inspect(deep, { depth: null, compact: false }));
console.dir(deep, { depth: 1 });
class Temp { #c = 21; get f() { return this.#c * 9 / 5 + 32; } set f(v) { this.#c = (v - 32) * 5 / 9; } static from(c: number) { const t = new Temp(); t.#c = c; return t; } }
console.log(Temp.from(100), util.inspect(Temp.from(0), { getters: true }), Object.getOwnPropertyNames(Temp.prototype));
const withGetters = { a: 1, get b() { return 2; }, get c() { throw new Error("no"); } };
console.log(withGetters, util.inspect({ a: 1, get b() { return 2; } }, { getters: true }));
const circ: any = { name: "loop", list: [1, 2] }; circ.self = circ; circ.list.push(circ);
console.log(circ);
console.log(Array.from({ length: 150 }, (_, i) => i % 7), "x".repeat(120).split(""));
console.log({ longString: "lorem ipsum dolor sit amet ".repeat(5), multi: "line1\nline2\nline3", quote: "it's \"quoted\"", tab: "a\tb" });
console.log(util.format("%s has %d items costing %f (%j) %o", "cart", 3, 9.99, { ok: true }, [1]), util.format("no args %s"), util.format(1, 2, "three"));
console.log(util.inspect("str"), util.inspect(new Map([["k", { v: [1, 2, 3] }]]), { compact: 1 }), util.inspect(new Set([[1, 2]]), { showHidden: false }));
console.log(util.inspect({ a: { b: { c: {} } } }, { depth: 1 }), util.inspect([[[[]]]], { depth: 1 }));
console.log(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), util.isDeepStrictEqual([1], ["1"]));
const big = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`key${i}`, i]));
console.log(big);
console.log(util.inspect(big, { breakLength: 200 }).length, util.inspect([1, 2, 3], { colors: true }));
console.log([new Node2(9)], { nested: { inst: new Node2(8) } }, [[new Node2(7)]]);
console.log(util.types.isPromise(Promise.resolve()), util.types.isRegExp(/x/), util.types.isDate(new Date()), util.inspect(Promise.resolve(42)), util.inspect(Promise.reject(new Error("r")).catch(() => {}) && 1));
class Custom { [util.inspect.custom](depth: number, opts: any) { return `Custom<${opts.stylize("x", "special")}, depth=${depth}>`; } }
console.log(new Custom(), [new Custom()], { c: new Custom() });
