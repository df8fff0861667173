declare namespace M { const y: number }
declare function dec(...a: any[]): any;
declare global {
declare function dfn1(): void;
module Mod7 {
declare function dfn2(): void;
export { CE2 };
export namespace XN6 {
import r3 = require("m");
enum E4 { A }
declare enum DE5 { A }
export { I2 };
}
}
declare module "dm15" {
namespace N13 {
const arrow8 = () => { enum AE9 { A } return <any>0; };
function fn10() {}
export const enum XCE11 { A }
function fn12() {}
}
interface I14 {}
}
enum E16 { A }
}
export { I3 };
