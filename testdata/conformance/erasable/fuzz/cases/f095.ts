declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export enum XE1 { A }
declare module "dm13" {
export namespace XN7 {
@dec class DecK2 { constructor(@dec readonly p: number) {} }
import r3 = require("m");
if (Math.random()) {
const enum CE4 { A }
const enum CE5 { A }
abstract class AK6 {}
;
}
}
@dec class DecK8 { constructor(@dec readonly p: number) {} }
declare global {
;
declare const enum DCE9 { A }
abstract class AK10 {}
let g11 = <T,>(x: T) => x as T;
}
declare function dfn12(): void;
}
declare module "dm20" {
declare global {
namespace A15.B16 {
export interface XI14 {}
}
}
export enum XE17 { A }
abstract class AK18 {}
export namespace XN19 {

}
}
