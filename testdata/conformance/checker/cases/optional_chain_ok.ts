declare function log(...args: unknown[]): void;
interface Box {
  inner?: { value: number; name?: string };
}
function f(b: Box): number {
  return b.inner?.value ?? 0;
}
function g(b: Box): string {
  if (b.inner && b.inner.name) {
    return b.inner.name;
  }
  return '';
}
log(f({}), g({}));
