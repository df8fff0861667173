// util.inspect.custom lets objects choose their own representation.
import { inspect } from "node:util";
class Money {
  cents: number;
  constructor(cents: number) {
    this.cents = cents;
  }
  [inspect.custom](depth: number, options: { stylize: (s: string, style: string) => string }): string {
    return `Money<${(this.cents / 100).toFixed(2)}>`;
  }
}
console.log(new Money(1234));
console.log({ price: new Money(99), list: [new Money(1)] });
console.log(inspect.custom === Symbol.for("nodejs.util.inspect.custom"));
const returnsObject = {
  [Symbol.for("nodejs.util.inspect.custom")]() {
    return { replaced: true, nested: { deep: 1 } };
  },
};
console.log(returnsObject);
const usesDepth = {
  [inspect.custom](depth: number, opts: unknown, insp: typeof inspect) {
    return `depth=${depth} ` + insp({ x: 1 });
  },
};
console.log({ a: { b: usesDepth } });
console.log(`${inspect(new Money(5))} in template`);
