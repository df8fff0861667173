declare function log(...args: unknown[]): void;
function f(): string {
  return 'a';
}
const g = (): number => 1;
const h = (x: number) => x * 2;
const r: number = h(g());
log(f(), r);
