declare function log(...args: unknown[]): void;
const xs = ['a', 'b'];
xs.forEach((x) => log(x.length));
const handler: (e: { type: string }) => void = (e) => log(e.type);
[1].forEach(() => handler({ type: 't' }));
const cmp = [3, 1, 2].sort((a, b) => a - b);
log(cmp);
