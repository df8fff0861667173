declare function log(...args: unknown[]): void;
type Mode = 'read' | 'write';
const m: Mode = 'read';
let k: Mode = m;
k = 'write';
const t = 'read';
const m2: Mode = t;
log(k, m2);
