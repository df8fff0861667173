type V = { v: 1; a: string } | { v: 2; b: number };
function f(x: V): string | number {
  if (x.v === 1) return x.a;
  return x.b;
}
function g(x: V): number {
  if (x.v === 2) return x.b;
  return x.b;
}
