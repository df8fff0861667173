declare namespace N {
  function f(x: number): void;
}
const v = <number>(<unknown>1);
