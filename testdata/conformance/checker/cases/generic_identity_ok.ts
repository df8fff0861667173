declare function log(...args: unknown[]): void;
function id<T>(x: T): T {
  return x;
}
const n: number = id(1);
const s: string = id<string>('a');
const arr: string[] = id(['a']);
log(n, s, arr);
