declare namespace M { const y: number }
declare function dec(...a: any[]): any;
declare module "dm6" {
declare global {
export namespace XN4 {
export declare const dc1: number;
export enum XE2 { A }
let w3 = <number><unknown>1;
export = 1;
}
}
export declare const dc5: number;
}
module Mod8 {
function fn7() {}
export { CE4 };
}
export {};
