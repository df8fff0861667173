declare const x: unknown;
const y = <number>x;
