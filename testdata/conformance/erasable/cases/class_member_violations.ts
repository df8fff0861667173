class C {
  field = <string>"x";
  static s = <number>1;
  get g() { return <number>2; }
  m(p = <number>3) { return p; }
}
