class C {
  a @dec: number;
  @dec
}
