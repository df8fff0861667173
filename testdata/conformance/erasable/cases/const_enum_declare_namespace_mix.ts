namespace N {
  declare const enum E { A }
  export type T = 1;
}
namespace M {
  const enum F { A }
  export const v = 1;
}
