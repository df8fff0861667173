let s = 'hello';
let n = 42;
s = n;
