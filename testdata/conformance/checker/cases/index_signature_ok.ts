declare function log(...args: unknown[]): void;
interface Dict {
  [key: string]: number;
}
const d: Dict = { a: 1, b: 2 };
d.c = 3;
const v: number = d['a'];
const r: Record<string, string> = { x: 'y' };
log(v, r.x);
