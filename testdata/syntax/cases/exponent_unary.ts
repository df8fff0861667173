let a = -2 ** 2;
let b = <any>x ** 2;
