// Function and class names taken from where they stand survive the runtime's fix-ups of async methods and lowered async generators.
export {};
const f = async function* () { yield 1; };
const o = { g: async function* () {}, async *m() {} };
const K = class { async a() {} static async s() {} };
export default class { async d() {} }
class L extends Object implements X { async x() {} }
interface X {}
console.log(f, o.g, o.m, K.name, K.prototype.a, K.s, new L().x, f.name, o.g.name);
