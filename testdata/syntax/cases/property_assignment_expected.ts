let o = { a: 1, + b: 2 };
let p = { a: 1 b: 2 };
