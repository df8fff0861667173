function f(s: string | null): number {
  return s.length;
}
