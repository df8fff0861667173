class C {
  constructor(public x = 1, private y: string = "a") {}
}
