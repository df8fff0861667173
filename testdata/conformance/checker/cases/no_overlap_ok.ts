declare function log(...args: unknown[]): void;
type Status = 'open' | 'closed';
function f(s: Status, t: string): boolean {
  return s === 'open' || s === t || t === 'x';
}
function g(n: number | null): boolean {
  return n === null || n === 1;
}
log(f('open', 'x'), g(null));
