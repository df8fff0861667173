declare namespace M { const y: number }
declare function dec(...a: any[]): any;
class SB2 { static {
export const enum XCE1 { A }
} }
export declare const dc3: number;
export import XX4 = M.y;
namespace N23 {
namespace N10 {
function cf8() {
abstract class AK5 {}
export { CE4 };
type T6 = 1;
export enum XE7 { A }
}
export const enum XCE9 { A }
}
module Mod14 {
export namespace XN12 {
let o11 = { m(x = <number>1) { return x; } };
}
export { CE8 };
enum E13 { A }
}
function fn15() {}
module Mod22 {
export declare const dc16: number;
function cf19() {
declare const enum DCE17 { A }
let v18 = 1;
}
namespace N21 {
abstract class AK20 {}
}
}
}
export {};
