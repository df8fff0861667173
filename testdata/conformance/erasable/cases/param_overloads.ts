// @tscAlso: TS2369
class C {
  constructor(public x: number);
  constructor(x: number) {}
}
