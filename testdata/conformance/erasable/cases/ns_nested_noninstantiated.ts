namespace A {
  namespace B {
    type T = 1;
  }
  export namespace C {}
}
