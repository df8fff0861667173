const xs: readonly number[] = [1, 2];
xs.push(3);
const ys: ReadonlyArray<string> = ['a'];
ys[0] = 'b';
