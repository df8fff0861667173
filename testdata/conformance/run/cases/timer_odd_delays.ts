// Delays that are not positive numbers: 0, -1, NaN, undefined and
// non-numbers mean 1 ms; numeric strings are converted.
const order: string[] = [];
setTimeout(() => order.push("'20'"), "20" as any);
setTimeout(() => order.push("NaN"), NaN);
setTimeout(() => order.push("-1"), -1);
setTimeout(() => order.push("undefined"), undefined);
setTimeout(() => order.push("'abc'"), "abc" as any);
setTimeout(() => order.push("0"), 0);
setTimeout(() => order.push("1.9"), 1.9);
setTimeout(() => order.push("10"), 10);
setTimeout(() => console.log(order.join(", ")), 60);
