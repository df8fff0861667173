namespace A {
  namespace B {
    namespace C {
      ;
    }
  }
  namespace D {
    type T = 1;
  }
}
