declare function log(...args: unknown[]): void;
type Handler<T> = (value: T) => void;
const h: Handler<string> = (v) => log(v.toUpperCase());
function on<T>(value: T, f: Handler<T>): void {
  f(value);
}
on(1, (n) => log(n.toFixed()));
h('x');
