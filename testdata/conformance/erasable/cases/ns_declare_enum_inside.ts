namespace N {
  declare enum E { A }
}
namespace M {
  declare const enum F { A }
}
