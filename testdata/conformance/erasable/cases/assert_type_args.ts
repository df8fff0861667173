function id<T>(x: T) { return x; }
const a = id<number>(1);
const m = new Map<string, number>();
export { a, m };
