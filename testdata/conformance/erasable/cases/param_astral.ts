class C { s = "𝒳"; constructor(public x: number) {} }
