// JSON processing: stringify options, toJSON, revivers, key sorting, errors on cycles and BigInt.
const inventory = {
  updated: new Date(Date.UTC(2024, 4, 1, 12)),
  items: [
    { sku: "b-2", name: "Bolt", qty: 120, price: 0.1, tags: new Set(["metal"]) },
    { sku: "a-1", name: "Anchor", qty: 2, price: 49.5, meta: { fragile: true, dims: [10, 20, 5] } },
  ],
  secret: "hunter2",
  nothing: undefined,
  fn() { return 1; },
  nan: NaN,
  inf: -Infinity,
};
console.log(JSON.stringify(inventory));
console.log(JSON.stringify(inventory, null, 2));
console.log(JSON.stringify(inventory, ["items", "sku", "qty"], "\t"));
console.log(JSON.stringify(inventory, (k, v) => (k === "secret" ? "***" : v instanceof Set ? [...v] : v), 1));
const sortKeys = (v: unknown): unknown => Array.isArray(v) ? v.map(sortKeys) : v && typeof v === "object" && !(v instanceof Date) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sortKeys(x)])) : v;
console.log(JSON.stringify(sortKeys(JSON.parse(JSON.stringify(inventory)))));
const text = JSON.stringify({ when: new Date(0), n: 1, nested: { at: "2024-01-02T03:04:05.000Z" } });
const revived = JSON.parse(text, (k, v) => (typeof v === "string" && /^\d{4}-\d\d-\d\dT/.test(v) ? new Date(v) : v));
console.log(revived, revived.when instanceof Date, revived.nested.at.getUTCHours());
class Money { readonly cents: number; constructor(cents: number) { this.cents = cents; } toJSON() { return { amount: (this.cents / 100).toFixed(2), currency: "EUR" }; } }
console.log(JSON.stringify({ total: new Money(1999), list: [new Money(5)] }));
console.log(JSON.stringify("he said \"hi\"\n\u2028\u0007"), JSON.stringify({ "key with space": 1, "ünï": "çödé", "\ud800": "lone" }));
console.log(JSON.stringify([undefined, () => 1, Symbol("s"), null]), JSON.stringify(undefined), JSON.stringify(null), JSON.stringify(Object.create(null)));
console.log(JSON.stringify({ a: 1, b: [1, 2, { c: [] }], d: {} }, null, "--"), JSON.stringify([1, [2, [3]]], null, 20).split("\n").length);
const circ: any = { name: "root", child: { list: [] as any[] } }; circ.child.list.push(circ);
try { JSON.stringify(circ); } catch (e) { console.log((e as Error).name); console.log((e as Error).message); }
const self: any = {}; self.self = self;
try { JSON.stringify(self); } catch (e) { console.log((e as Error).message); }
class Tree { kids: Tree[] = []; parent?: Tree; }
const t = new Tree(); const k = new Tree(); k.parent = t; t.kids.push(k);
try { JSON.stringify(t); } catch (e) { console.log((e as Error).message); }
try { JSON.stringify({ big: 10n }); } catch (e) { console.log((e as Error).name, (e as Error).message); }
console.log(JSON.stringify({ big: 10n }, (_k, v) => (typeof v === "bigint" ? v.toString() + "n" : v)));
console.log(JSON.parse('{"a":{"b":[1,2,{"c":null}]},"e":1e3,"f":-0.5e-2,"g":"\\u00e9\\n"}'), Object.is(JSON.parse("-0"), -0));
console.log(JSON.parse('[1,2,3]', function (k, v) { return Array.isArray(v) ? v.length : v * 2; }), JSON.parse('"x"', () => undefined));
console.log(JSON[Symbol.toStringTag], Object.keys(JSON), typeof JSON.rawJSON, typeof JSON.isRawJSON);
