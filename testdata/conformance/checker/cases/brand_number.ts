declare function log(...args: unknown[]): void;
type Cents = number & { readonly __brand: unique symbol };
function cents(n: number): Cents {
  return n as Cents;
}
const price: Cents = cents(100);
const total: number = price + 1;
const bad: Cents = 5;
log(total, bad);
