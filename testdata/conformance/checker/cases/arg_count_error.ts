function add(a: number, b: number): number {
  return a + b;
}
add(1);
add(1, 2, 3);
