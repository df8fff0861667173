const a = 1;
a = 2;
const o = { x: 1 };
o.x = 2;
