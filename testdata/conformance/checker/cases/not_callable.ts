const n = 42;
n();
const o = { a: 1 };
o.a();
