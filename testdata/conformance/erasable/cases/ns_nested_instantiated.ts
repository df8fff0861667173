namespace A {
  export namespace B {
    export const x = 1;
  }
}
