declare namespace D {
  interface I {}
  export { I };
}
