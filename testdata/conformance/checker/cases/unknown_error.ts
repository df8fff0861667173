function f(x: unknown): number {
  return x.length;
}
