class A extends B {
  m() { super; super<T>(); }
}
