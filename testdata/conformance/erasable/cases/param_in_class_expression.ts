export function make() {
  return class {
    constructor(readonly n: number) {}
  };
}
