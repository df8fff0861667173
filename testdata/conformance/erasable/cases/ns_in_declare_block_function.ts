declare function f(): void;
function g() {
  declare namespace Inner {
    const x: number;
  }
}
