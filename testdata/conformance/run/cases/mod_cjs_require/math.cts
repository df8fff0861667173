let loads = 0;
loads++;
exports.add = (a: number, b: number): number => a + b;
exports.PI = 3.14;
exports.loads = loads;
console.log("math loaded");
