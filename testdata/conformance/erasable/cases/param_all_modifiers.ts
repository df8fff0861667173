class B {
  constructor(public a: number) {}
}
class C extends B {
  constructor(
    private p: number,
    protected q: number,
    readonly r: number,
    override a: number,
    private readonly s: number,
    plain: number,
  ) {
    super(a);
    void plain;
  }
}
