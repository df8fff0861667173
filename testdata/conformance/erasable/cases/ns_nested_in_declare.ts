declare namespace A {
  namespace B {
    export const x: number;
  }
}
