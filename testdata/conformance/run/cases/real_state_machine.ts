// An order state machine: Symbol.iterator, static factories, frozen config, enums-as-objects, exhaustive switch.
const Status = Object.freeze({ New: "new", Paid: "paid", Shipped: "shipped", Cancelled: "cancelled" } as const);
type Status = (typeof Status)[keyof typeof Status];
const transitions: Record<Status, Status[]> = { new: ["paid", "cancelled"], paid: ["shipped", "cancelled"], shipped: [], cancelled: [] };
class TransitionError extends Error {
  constructor(from: Status, to: Status) { super(`cannot go from ${from} to ${to}`); this.name = "TransitionError"; }
}
class Order implements Iterable<[Status, number]> {
  static #seq = 100;
  readonly id = Order.#seq++;
  #history: [Status, number][] = [[Status.New, 0]];
  #clock = 0;
  get status(): Status { return this.#history.at(-1)![0]; }
  to(next: Status) {
    if (!transitions[this.status].includes(next)) throw new TransitionError(this.status, next);
    this.#history.push([next, ++this.#clock]);
    return this;
  }
  *[Symbol.iterator]() { yield* this.#history; }
  static create(n: number) { return Array.from({ length: n }, () => new Order()); }
  describe() {
    switch (this.status) {
      case "new": return "awaiting payment";
      case "paid": return "ready to ship";
      case "shipped": return "on its way";
      case "cancelled": return "cancelled";
      default: { const never: never = this.status; return never; }
    }
  }
}
const [a, b, c] = Order.create(3);
a.to("paid").to("shipped"); b.to("cancelled");
for (const o of [a, b, c]) console.log(o.id, o.status.padEnd(10), o.describe(), [...o].map(([s, t]) => `${s}@${t}`).join(" > "));
try { c.to("shipped"); } catch (e) { console.log(e instanceof TransitionError, `${e}`); }
try { (Status as any).New = "x"; } catch (e) { console.log((e as Error).name); }
console.log(Status, Object.isFrozen(Status), a, Object.entries(transitions).filter(([, v]) => v.length === 0).map(([k]) => k));
"use strict";
const sealed = Object.seal({ x: 1 }); (sealed as any).y = 2; delete (sealed as any).x; console.log(sealed, Object.isSealed(sealed));
console.log(Object.getOwnPropertyNames(Order.prototype), typeof Order.create, Order.name, Order.length);
