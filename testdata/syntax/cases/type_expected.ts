let a: = 1;
let b: number | ;
type T = ;
