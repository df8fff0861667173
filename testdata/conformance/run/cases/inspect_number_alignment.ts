// Arrays of more than six short items are printed in aligned columns.
console.log(Array.from({ length: 7 }, (_, i) => i));
console.log(Array.from({ length: 26 }, (_, i) => i * 37));
console.log(Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? -i * 1.5 : i * 1000)));
console.log(Array.from({ length: 12 }, (_, i) => "s".repeat(i % 4 + 1)));
console.log(Array.from({ length: 20 }, (_, i) => BigInt(i) * 99n));
console.log([1, 2, 3, 4, 5, 6]);
console.log({ nums: Array.from({ length: 15 }, (_, i) => i * i) });
console.log(Array.from({ length: 8 }, (_, i) => (i % 2 ? "str" : i)));
console.log(new Uint8Array(40));
