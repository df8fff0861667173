namespace A.B.C {
  export type T = 1;
}
