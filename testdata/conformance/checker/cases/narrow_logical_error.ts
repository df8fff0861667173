function f(x: string | undefined, y: number | null): number {
  const a = x && x.length;
  return y.toFixed().length + (a || 0);
}
