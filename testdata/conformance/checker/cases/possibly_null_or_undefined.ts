function f(s: string | null | undefined): number {
  return s.length;
}
