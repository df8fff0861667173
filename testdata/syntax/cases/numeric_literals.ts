let a = 1_000__000;
let b = 1_;
let c = 0x;
let d = 08;
let e = 3in [];
let f = 07;
