class C {
  m() {
    return 1;
