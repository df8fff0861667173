type Result<T> = { ok: true; value: T } | { ok: false; error: string };
function unwrap(r: Result<number>): number {
  if (r.ok) {
    return r.error.length;
  }
  return 0;
}
