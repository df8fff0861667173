declare function log(...args: unknown[]): void;
function f(x: string | number | undefined): string {
  return typeof x === 'string' ? x : x === undefined ? '' : x.toFixed(1);
}
const a = [1, 2].length > 1 ? 'a' : undefined;
const b: string = a ?? 'none';
log(f(1), b);
