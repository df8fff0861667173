// @tscAlso: TS2369
declare class C {
  constructor(readonly x: number);
}
