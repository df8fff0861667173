declare function log(...args: unknown[]): void;
interface A {
  a: number;
}
interface AB extends A {
  b: string;
}
const a: A = { a: 1 };
const ab: AB = { ...a, b: 'x' };
const arr: number[] = [...[1, 2], 3];
function f(...xs: number[]): number {
  return Math.max(...xs);
}
log(ab, arr, f(1, 2));
