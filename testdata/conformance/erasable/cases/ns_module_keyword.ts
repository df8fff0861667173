module M {
  export const x = 1;
}
module T {
  export type U = 1;
}
