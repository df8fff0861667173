declare function log(...args: unknown[]): void;
function parse(s: string): number {
  const n = Number(s);
  if (Number.isNaN(n)) {
    throw new Error('bad');
  }
  return n;
}
function fail(): never {
  throw new Error('x');
}
function pick(b: boolean): string {
  if (b) return 'a';
  fail();
}
log(parse('1'), pick(true));
