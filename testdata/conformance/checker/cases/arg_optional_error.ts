function f(a: number, b?: string): number {
  return a;
}
f();
f(1, 'x', 3);
