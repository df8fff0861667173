// @isolatedModules: true
export {};
namespace N {
  const enum E { A }
}
namespace M {
  declare const enum F { A }
}
