declare function log(...args: unknown[]): void;
let x: number;
log(x);
function f(b: boolean): string {
  let s: string;
  if (b) {
    s = 'a';
  }
  return s;
}
