namespace A.B.C {
  export const x = 1;
}
