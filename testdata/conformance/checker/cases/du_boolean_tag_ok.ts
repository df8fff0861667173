declare function log(...args: unknown[]): void;
type Loaded = { loading: false; data: string[] } | { loading: true };
function count(s: Loaded): number {
  if (!s.loading) {
    return s.data.length;
  }
  return -1;
}
log(count({ loading: true }));
