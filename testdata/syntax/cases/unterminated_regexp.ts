let r = /abc
let q = 1;
