namespace N {
  export interface I { a: number }
  export type T = string;
  interface J {}
  type U = number;
}
