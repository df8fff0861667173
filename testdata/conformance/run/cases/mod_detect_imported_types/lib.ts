export interface Opts { a: number }
export type Name = string;
console.log(typeof module, typeof require);
module.exports = { hello: "world" };
