declare function log(...args: unknown[]): void;
function len(s: string | null | undefined): number {
  if (s === null || s === undefined) {
    return 0;
  }
  return s.length;
}
function len2(s?: string): number {
  if (s == null) return 0;
  return s.length;
}
log(len(null), len2());
