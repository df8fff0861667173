declare namespace M { const y: number }
declare function dec(...a: any[]): any;
declare global {
let g1 = <T,>(x: T) => x as T;
class SB9 { static {
import r2 = require("m");
declare module "dm4" {
export declare const dc3: number;
}
namespace A7.B8 {
declare enum DE5 { A }
let o6 = { m(x = <number>1) { return x; } };
}
} }
}
type T10 = 1;
export declare const dc11: number;
declare namespace DN20 {
export const xc12 = 1;
declare module "dm19" {
export declare const dc13: number;
export namespace XN17 {
let o14 = { m(x = <number>1) { return x; } };
import X15 = M.y;
import r16 = require("m");
}
let g18 = <T,>(x: T) => x as T;
}
}
export {};
