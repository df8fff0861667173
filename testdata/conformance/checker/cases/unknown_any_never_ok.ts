declare function log(...args: unknown[]): void;
function f(a: any): number {
  return a.whatever.deep();
}
function g(): never {
  throw new Error();
}
const u: unknown = 1;
const x: unknown = 'anything';
let nv: never;
log(f(1), u, x, typeof g);
