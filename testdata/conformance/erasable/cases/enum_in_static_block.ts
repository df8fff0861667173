class C {
  static {
    enum E { A }
  }
}
