declare function log(...args: unknown[]): void;
const id = 42;
const s: string = `id-${id}`;
type Ev = `on${string}`;
const e: Ev = 'onClick';
log(s, e);
