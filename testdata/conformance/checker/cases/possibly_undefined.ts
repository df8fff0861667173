function f(s?: string): number {
  return s.length;
}
