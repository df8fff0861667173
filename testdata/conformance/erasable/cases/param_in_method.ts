// @tscAlso: TS2369
class C {
  m(public x: number) { return x; }
}
