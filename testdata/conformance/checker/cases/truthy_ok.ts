declare function log(...args: unknown[]): void;
function greet(name?: string): string {
  if (name) {
    return 'hi ' + name.toUpperCase();
  }
  return 'hi';
}
function first(xs: string[] | null): string {
  if (!xs) return '';
  return xs[0] ?? '';
}
const n: string | null = Math.random() > 0.5 ? 'a' : null;
const l = n && n.length;
log(greet(), first(null), l);
