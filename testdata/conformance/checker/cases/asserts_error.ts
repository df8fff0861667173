function assertString(x: unknown): asserts x is string {
  if (typeof x !== 'string') throw new Error('not string');
}
function f(b: unknown): number {
  assertString(b);
  return b.toFixed();
}
