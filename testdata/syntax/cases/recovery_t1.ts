class C { constructor(private) {} get x( {} }
