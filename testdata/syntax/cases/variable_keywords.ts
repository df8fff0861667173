var let = 1;
let var = 2;
const x
= 3;
x = let;
