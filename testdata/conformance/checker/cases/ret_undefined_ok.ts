declare function log(...args: unknown[]): void;
function maybe(n: number): string | undefined {
  if (n > 0) {
    return 'x';
  }
}
function nothing(): void {
  if (Math.random() > 0.5) return;
}
log(maybe(1), nothing());
