// console.log stops at depth 2: deeper objects print as [Object] / [Array].
const deep = { l0: { l1: { l2: { l3: { l4: 1 } }, arr: [[1, [2, [3]]]] } } };
console.log(deep);
console.log([[[[[1]]]]]);
console.log({ a: { b: { c: {} } } }, { a: { b: { c: [] } } });
console.log({ a: { b: { c: new Map([[1, 2]]) } } });
console.dir(deep, { depth: 0 });
console.dir(deep, { depth: null });
