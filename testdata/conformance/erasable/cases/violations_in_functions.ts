export function outer() {
  const inner = () => {
    enum E { A }
    return <number>E.A;
  };
  class K {
    constructor(private k = <number>1) {}
  }
  return [inner, K];
}
