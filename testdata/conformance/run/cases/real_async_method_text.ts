// Classes and objects with async methods keep their names and their text (Function.prototype.toString) under the runtime's prototype fix-up.
const K = class { async a(): Promise<void> {} };
export default class { async d() {} }
const o = { k: class { static async s() {} }, async m() {} };
class D extends Object { async x() {} }
console.log(K.name, K.prototype.a, o.k.name, o.k.s, o.m);
console.log(String(K), String(D), String(o.m), String(o.k));
