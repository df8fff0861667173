type Result<T> = { ok: true; value: T } | { ok: false; error: string };
function get(r: Result<number>): string {
  if (r.ok) {
    return r.value;
  }
  return r.error;
}
