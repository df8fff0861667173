class C { constructor(private x: number) {} }
