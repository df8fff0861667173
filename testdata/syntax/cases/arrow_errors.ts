let f = (a, b) => ;
let g = (a: number =>) a;
