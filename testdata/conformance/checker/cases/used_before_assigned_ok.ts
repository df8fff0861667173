declare function log(...args: unknown[]): void;
function f(b: boolean): string {
  let s: string;
  if (b) {
    s = 'a';
  } else {
    s = 'b';
  }
  return s;
}
function g(n: number): number {
  let r: number;
  switch (n) {
    case 1:
      r = 10;
      break;
    default:
      r = 0;
  }
  return r;
}
let late: string | undefined;
log(f(true), g(1), late);
