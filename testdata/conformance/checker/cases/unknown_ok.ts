declare function log(...args: unknown[]): void;
function f(x: unknown): number {
  if (typeof x === 'string') return x.length;
  if (typeof x === 'number') return x;
  if (x instanceof Date) return x.getTime();
  return 0;
}
const j: unknown = JSON.parse('{}');
const s = String(j);
log(f(1), s);
