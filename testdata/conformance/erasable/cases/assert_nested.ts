declare const x: unknown;
const y = <number><unknown>x;
