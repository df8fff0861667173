declare function log(...args: unknown[]): void;
const xs: string[] = ['a'];
const a: string = xs[0];
const m = new Map<string, number>();
m.set('a', 1);
const v: number | undefined = m.get('a');
const set = new Set([1, 2]);
const has: boolean = set.has(1);
log(a, v, has);
