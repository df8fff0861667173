declare function log(...args: unknown[]): void;
let x: string | number = 'a';
x = 1;
const n: number = x;
let y: string | undefined;
y = 'z';
log(n, y.length);
