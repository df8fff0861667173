declare function log(...args: unknown[]): void;
type A = { a: number; common: string };
type B = { b: number; common: string };
function f(x: A | B): string {
  log(x.a);
  return x.common;
}
