declare namespace A.B.C {
  const x: number;
}
