declare function log(...args: unknown[]): void;
function check(x: number): void {
  if (x < 0) throw new RangeError('neg');
  if (Number.isNaN(x)) throw new TypeError('nan');
}
try {
  check(-1);
} catch (e) {
  if (e instanceof RangeError) log(e.message);
}
const sym = Symbol('s');
const key: symbol = sym;
log(key.toString());
