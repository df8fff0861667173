class C {
  a: number 1;
  b: string = "x" c;
  d: number (1);
}
