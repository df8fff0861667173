declare function log(...args: unknown[]): void;
interface Box<T> {
  value: T;
  map<U>(f: (v: T) => U): Box<U>;
}
function box<T>(value: T): Box<T> {
  return { value, map: (f) => box(f(value)) };
}
const b = box(2).map((n) => n.toFixed(1));
const s: string = b.value;
log(s);
