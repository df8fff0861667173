// @tscAlso: TS2670
export {};
global {
  interface Extra { a: number }
}
