declare function log(...args: unknown[]): void;
function f(x: string | undefined): string[] {
  if (x === undefined) return [];
  const items = [1, 2, 3];
  return items.map(() => x.toUpperCase());
}
log(f('a'));
