class C {
  constructor(public x: number) {}
}
