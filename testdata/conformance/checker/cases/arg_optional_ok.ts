declare function log(...args: unknown[]): void;
function f(a: number, b?: string, ...rest: boolean[]): number {
  return a + (b?.length ?? 0) + rest.length;
}
f(1);
f(1, 'x');
f(1, 'x', true, false);
log(f(2));
