class C {
  p = <number>1;
  m() {
    return <number>this.p;
  }
}
