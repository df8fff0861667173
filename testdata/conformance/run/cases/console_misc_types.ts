// Other built-in values.
console.log(new Date(0));
console.log([new Date(Date.UTC(2024, 1, 29, 12, 30))]);
console.log(new Date(NaN));
console.log(/ab+c/gi, [/x/]);
console.log(new Uint8Array([1, 2, 3]), new Float64Array(2), new Int16Array(0));
console.log(new ArrayBuffer(4));
console.log(Promise.resolve(42), Promise.reject(new Error("r")).catch(() => {}) && "handled", new Promise(() => {}));
console.log(new WeakMap(), new WeakSet());
console.log({ [Symbol("key")]: "symbol-keyed", normal: 1 });
console.log({ get g() { return 1; }, set s(v: number) {}, get gs() { return 2; }, set gs(v: number) {} });
console.log([undefined, null], { u: undefined, n: null });
console.log(globalThis === global, typeof globalThis);
console.log(JSON.stringify({ a: [1, { b: 2 }], c: "x" }, null, 2));
console.log(Math, JSON);
