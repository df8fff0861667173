declare function log(...args: unknown[]): void;
const xs = [1, 2, 3];
const total: number = xs.length + xs.indexOf(2);
const doubled: number[] = xs.map((x) => x * 2);
const found: number | undefined = xs.find((x) => x > 1);
const s: string = xs.join('-');
const evens = xs.filter((x) => x % 2 === 0);
const n: number = evens.reduce((a, b) => a + b, 0);
log(total, doubled, found, s, n, xs.includes(2), xs.some((x) => x > 2));
