// Functions, classes and their variants.
function named(a: number, b: number): number {
  return a + b;
}
const arrow = (x: string): string => x;
async function asyncFn(): Promise<void> {}
function* gen(): Generator<number> {
  yield 1;
}
class Base {}
class Derived extends Base {}
console.log(named, arrow, asyncFn, gen);
console.log(Base, Derived);
console.log(named.bind(null));
console.log(() => {});
console.log(function () {});
console.log({ method() {}, named, anonymous: function () {} });
const withProps = Object.assign(function tagged() {}, { version: 2 });
console.log(withProps);
console.log(Math.max, Array.prototype.push);
