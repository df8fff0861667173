let a = b[];
let c = d[1;
