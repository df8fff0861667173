namespace N {
  declare const enum E { A }
}
