namespace N {
  enum E { A }
}
