let a = 1 # 2;
let b = \u;
let c = 2 ¦ 3;
