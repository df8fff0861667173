declare function log(...args: unknown[]): void;
function pad(value: string | number): string {
  if (typeof value === 'number') {
    return ' '.repeat(value);
  }
  return value.trim();
}
function size(x: string | string[] | undefined): number {
  if (typeof x === 'undefined') return 0;
  if (typeof x === 'string') return x.length;
  return x.length;
}
log(pad(1), size('a'));
