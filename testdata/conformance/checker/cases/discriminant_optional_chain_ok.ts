declare function log(...args: unknown[]): void;
type Ev = { kind: 'a'; a: number } | { kind: 'b'; b: string };
function f(e: Ev | undefined): number {
  if (e?.kind === 'a') {
    return e.a;
  }
  return 0;
}
log(f(undefined));
