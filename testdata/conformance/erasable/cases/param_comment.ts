class C {
  constructor(/* c */ public x: number, // t
    /** d */ readonly y: number) {}
}
