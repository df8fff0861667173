class C {
  constructor(public x:
    number,
    private y:
      {
        a: number;
        b: number;
        c: number;
        d: number;
      }) {}
}
