function all(x: number | number[]): number {
  if (Array.isArray(x)) {
    return x.toFixed();
  }
  return x;
}
