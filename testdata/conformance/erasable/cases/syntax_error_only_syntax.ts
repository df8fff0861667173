class C { constructor(public x: number) {} }
let y = (1;
