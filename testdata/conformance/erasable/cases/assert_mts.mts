declare const x: unknown;
export const y = <number>x;
