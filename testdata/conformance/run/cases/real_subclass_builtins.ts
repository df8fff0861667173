// Subclassing built-ins, as collections and typed errors in apps do, and how they print.
class Stack<T> extends Array<T> { peek() { return this[this.length - 1]; } }
const s = new Stack<number>(); s.push(1, 2, 3);
console.log(s, s.peek(), s.length, Array.isArray(s), s instanceof Stack, s.map((x) => x * 2) instanceof Stack);
class Registry extends Map<string, number> { total() { let t = 0; for (const v of this.values()) t += v; return t; } }
const r = new Registry([["a", 1], ["b", 2]]);
console.log(r, r.total(), r.size, r instanceof Map);
class Tags extends Set<string> { override add(v: string) { return super.add(v.toLowerCase()); } }
console.log(new Tags(["A", "b", "a"]));
class Cents extends Number { toString() { return `${this.valueOf() / 100} EUR`; } }
console.log(new Cents(1250), `${new Cents(99)}`, new Cents(5) as any + 1);
class Name extends String { shout() { return this.toUpperCase() + "!"; } }
console.log(new Name("ada"), new Name("ada").shout(), new Name("ada").length);
class Deferred<T> extends Promise<T> {}
const d = Deferred.resolve(5);
console.log(d instanceof Deferred, d, Object.prototype.toString.call(d));
class Bytes extends Uint8Array { hex() { return Array.from(this, (b) => b.toString(16).padStart(2, "0")).join(""); } }
const b = new Bytes([1, 255, 16]);
console.log(b, b.hex(), b.subarray(1) instanceof Bytes);
class Clock extends Date { label() { return this.toISOString().slice(0, 10); } }
console.log(new Clock(0), new Clock(0).label());
class Matcher extends RegExp { override test(s: string) { return super.test(s.trim()); } }
console.log(new Matcher("^a$", "i"), new Matcher("^a$").test("  a "));
class MyFn extends Function {}
console.log(typeof new MyFn("return 1"), new MyFn("a", "return a * 2")(21));
