// @tscAlso: TS1206
declare function dec(...args: unknown[]): void;
class C {
  constructor(@dec public x: number) {}
}
