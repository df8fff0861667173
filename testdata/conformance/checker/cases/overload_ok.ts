declare function log(...args: unknown[]): void;
function parse(x: string): number;
function parse(x: number): string;
function parse(x: string | number): string | number {
  return typeof x === 'string' ? Number(x) : String(x);
}
const n: number = parse('1');
const s: string = parse(1);
log(n, s);
