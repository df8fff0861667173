declare function log(...args: unknown[]): void;
function assert(cond: unknown, msg?: string): asserts cond {
  if (!cond) throw new Error(msg);
}
function assertString(x: unknown): asserts x is string {
  if (typeof x !== 'string') throw new Error('not string');
}
function f(a: string | undefined, b: unknown): number {
  assert(a !== undefined);
  assertString(b);
  return a.length + b.length;
}
log(f('a', 'b'));
