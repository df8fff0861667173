declare namespace N {
  const x: number;
}
export namespace M {
  const y: number;
}
