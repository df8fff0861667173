declare function log(...args: unknown[]): void;
type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };
function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}
function err(error: string): Result<never> {
  return { ok: false, error };
}
function get(r: Result<number>): number {
  return r.ok ? r.value : -1;
}
log(get(ok(1)), get(err('x')));
