class C {
  a = 1;
  + b() {}
  c: number
}
