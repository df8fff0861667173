declare namespace N {
  const x: number;
  function f(): void;
  class C {}
}
