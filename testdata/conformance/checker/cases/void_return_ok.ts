declare function log(...args: unknown[]): void;
const xs: number[] = [];
[1, 2].forEach((n) => xs.push(n));
const cb: () => void = () => 42;
log(xs, cb());
