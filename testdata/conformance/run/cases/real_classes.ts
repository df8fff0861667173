// Classes with private fields, getters, statics, inheritance, and how they print.
class Money {
  static #count = 0;
  static readonly currency = "EUR";
  #cents: number;
  constructor(cents: number) { this.#cents = Math.round(cents); Money.#count++; }
  static of(eur: number) { return new Money(eur * 100); }
  static get created() { return Money.#count; }
  get euros() { return this.#cents / 100; }
  plus(o: Money) { return new Money(this.#cents + o.#cents); }
  toString() { return `${(this.#cents / 100).toFixed(2)} ${Money.currency}`; }
  static isMoney(x: unknown): x is Money { return typeof x === "object" && x !== null && #cents in x; }
}
class Account {
  balance = Money.of(0);
  history: Array<{ at: number; amount: Money }> = [];
  readonly owner: string;
  constructor(owner: string) { this.owner = owner; }
  deposit(m: Money) { this.balance = this.balance.plus(m); this.history.push({ at: this.history.length, amount: m }); return this; }
  get size() { return this.history.length; }
}
class Savings extends Account {
  rate = 0.015;
  override deposit(m: Money) { super.deposit(m); return this; }
}
const acc = new Savings("ada").deposit(Money.of(12.5)).deposit(Money.of(0.1)).deposit(Money.of(7.499));
console.log(`${acc.owner}: ${acc.balance} after ${acc.size} deposits`);
console.log(acc);
console.log(Money.of(3), [Money.of(1)], { m: Money.of(2) });
console.log(String(Money.of(1.005)), Money.created, Money.isMoney(acc.balance), Money.isMoney({}));
console.log(Object.keys(acc), acc instanceof Account, Object.getPrototypeOf(acc).constructor.name);
console.log(Savings.name, typeof Savings, Money);
class Empty {}
class WithToString { toString() { return "custom"; } }
console.log(new Empty(), new WithToString(), `${new WithToString()}`, [new Empty()]);
const o = { get lazy() { return 42; }, set lazy(v) {}, get ro() { return 1; }, set wo(v: number) {} };
console.log(o);
class Point { x: number; y: number; constructor(x: number, y: number) { this.x = x; this.y = y; } get len() { return Math.hypot(this.x, this.y); } }
console.log(new Point(3, 4), new Point(3, 4).len);
console.log(Object.create(null), Object.assign(Object.create(null), { a: 1 }));
class Base { static kind = "base"; static { Base.kind += "!"; } }
console.log(Base.kind, Base);
