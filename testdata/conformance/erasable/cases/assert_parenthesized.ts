declare const x: unknown;
const n = (<string>x).length;
