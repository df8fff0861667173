declare namespace D {
  const c: number;
  export { c };
}
