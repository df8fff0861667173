function id<T>(x: T): T {
  return x;
}
const n: number = id('a');
const s: string = id<string>(1);
