declare function log(...args: unknown[]): void;
const xs: (number | undefined)[] = [1, undefined, 3];
const ys: number[] = xs.filter((x) => x !== undefined);
const names = ['a', null, 'b'].filter((s): s is string => s !== null);
const upper: string[] = names.map((s) => s.toUpperCase());
log(ys, upper);
