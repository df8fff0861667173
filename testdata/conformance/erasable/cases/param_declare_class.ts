// @tscAlso: TS2369
declare class C {
  constructor(public x: number);
}
