declare function log(...args: unknown[]): void;
function all(x: string | string[]): string[] {
  if (Array.isArray(x)) {
    return x;
  }
  return [x];
}
log(all('a'));
