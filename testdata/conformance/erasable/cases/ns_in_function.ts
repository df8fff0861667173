export function f() {
  namespace N {
    export const x = 1;
  }
}
