export namespace Api {
  export function get() { return 1; }
}
