// @preserveConstEnums: true
namespace M {
  declare const enum F { A }
}
