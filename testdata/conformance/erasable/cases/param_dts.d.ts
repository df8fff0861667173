// @tscAlso: TS2369
export declare class C {
  constructor(private readonly x: number);
}
