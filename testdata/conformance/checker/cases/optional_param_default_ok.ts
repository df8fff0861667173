declare function log(...args: unknown[]): void;
function f(a = 1, b: string = 'x'): string {
  return b.repeat(a);
}
function g({ x, y = 2 }: { x: number; y?: number }): number {
  return x + y;
}
log(f(), g({ x: 1 }));
