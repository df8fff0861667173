const xs: (number | undefined)[] = [1, undefined, 3];
const ys: number[] = xs.filter((x) => x !== undefined && x > 1);
