const xs = [1, 2, 3];
xs.lenght;
const s: string = xs.map((x) => x * 2);
