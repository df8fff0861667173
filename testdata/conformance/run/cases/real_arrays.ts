// Modern Array methods over realistic data.
type Order = { id: number; customer: string; items: { sku: string; qty: number; price: number }[]; placed: string };
const orders: Order[] = [
  { id: 1, customer: "ada", items: [{ sku: "A1", qty: 2, price: 9.99 }, { sku: "B2", qty: 1, price: 24.5 }], placed: "2024-01-05T10:00:00Z" },
  { id: 2, customer: "bob", items: [{ sku: "A1", qty: 1, price: 9.99 }], placed: "2024-02-11T08:30:00Z" },
  { id: 3, customer: "ada", items: [{ sku: "C3", qty: 5, price: 1.25 }], placed: "2024-02-12T23:59:59Z" },
  { id: 4, customer: "cy", items: [], placed: "2024-03-01T00:00:00Z" },
];
const total = (o: Order) => o.items.reduce((s, i) => s + i.qty * i.price, 0);
console.log(orders.map((o) => [o.id, total(o).toFixed(2)]));
console.log(orders.flatMap((o) => o.items.map((i) => i.sku)));
console.log([[1, [2, [3, [4]]]]].flat(), [[1, [2, [3, [4]]]]].flat(Infinity));
console.log(orders.at(-1)?.customer, orders.findLast((o) => o.customer === "ada")?.id, orders.findLastIndex((o) => o.items.length > 1));
const sorted = orders.toSorted((a, b) => total(b) - total(a));
console.log(sorted.map((o) => o.id), orders.map((o) => o.id));
console.log(orders.toReversed().map((o) => o.id), orders.with(0, orders[3]).map((o) => o.id));
console.log([3, 1, 2].toSpliced(1, 1, 9, 8));
const byCustomer = new Map<string, Order[]>();
for (const o of orders) byCustomer.set(o.customer, [...(byCustomer.get(o.customer) ?? []), o]);
console.log([...byCustomer].map(([c, os]) => `${c}:${os.length}`).join(" "));
console.log(Array.from({ length: 5 }, (_, i) => i ** 2), Array.of(7, 8), new Array(3).fill(0));
console.log([1, 2, 3].includes(2), [NaN].includes(NaN), [NaN].indexOf(NaN));
console.log(["b", "a", "C"].sort(), ["b", "a", "C"].sort((a, b) => a.localeCompare(b)));
console.log([10, 9, 1, 100].sort(), [10, 9, 1, 100].sort((a, b) => a - b));
const clone = structuredClone(orders[0]);
clone.items[0].qty = 99;
console.log(orders[0].items[0].qty, clone.items[0].qty, clone);
console.log(structuredClone(new Map([[1, new Set(["a"])]])), structuredClone(new Date(0)));
console.log(Array.prototype.concat.call([1], [2], 3), [..."héllo"], Array.isArray([]));
console.log([1, 2, 3, 4, 5].entries().next(), [..."ab"].keys().next());
const big = Array.from({ length: 120 }, (_, i) => i);
console.log(big);
console.log([undefined, null, , 3], [ , , ], [1, , 3].length);
console.log(orders.every((o) => o.id > 0), orders.some((o) => o.items.length === 0));
const grouped: Record<string, number[]> = {};
for (const o of orders) (grouped[o.placed.slice(0, 7)] ??= []).push(o.id);
console.log(grouped);
console.log(Object.fromEntries(orders.map((o) => [o.id, o.customer])));
