let 1 = 2;
var ;
const if = 3;
