declare function log(...args: unknown[]): void;
type Result<T> = { ok: true; value: T } | { ok: false; error: string };
function unwrap(r: Result<number>): number {
  if (r.ok) {
    return r.value;
  }
  throw new Error(r.error);
}
function describe(r: Result<string>): string {
  if (r.ok === false) {
    return r.error;
  }
  return r.value.toUpperCase();
}
log(unwrap({ ok: true, value: 1 }), describe({ ok: false, error: 'x' }));
