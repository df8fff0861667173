// Arrays: nesting, holes, extra properties, long arrays.
console.log([]);
console.log([1, 2, 3]);
console.log(["a", "b'c", 'd"e', "f`g'h\"i"]);
console.log([[1, [2, [3, [4, [5]]]]]]);
const holes: number[] = [1, , 3];
holes[7] = 8;
console.log(holes);
console.log(new Array(5));
const withProps: any = [1, 2];
withProps.extra = "x";
console.log(withProps);
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log(Array.from({ length: 30 }, (_, i) => "item" + i));
console.log([{ a: 1 }, { b: [1, 2] }]);
