function f() {
  enum Local { A }
  return Local.A;
}
f();
