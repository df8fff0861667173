declare function log(...args: unknown[]): void;
function need(s: string | undefined): string {
  if (!s) {
    throw new Error('missing');
  }
  return s.toUpperCase();
}
log(need('x'));
