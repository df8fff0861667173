declare namespace M { const y: number }
declare function dec(...a: any[]): any;
const enum CE1 { A }
function cf3() {
export = 1;
import type TX2 = M.y;
}
declare module "dm14" {
export { CE4 };
export namespace XN5 {
export { I3 };
class K4 { constructor(public a: number, b: number, private readonly c = <number>1) {} }
}
let v6 = 1;
module Mod13 {
declare global {
import type TX7 = M.y;
export enum XE8 { A }
let o9 = { m(x = <number>1) { return x; } };
let v10 = 1;
}
declare module "dm11" {

}
export enum XE12 { A }
}
}
