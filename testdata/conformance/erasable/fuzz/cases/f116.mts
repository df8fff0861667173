declare namespace M { const y: number }
declare function dec(...a: any[]): any;
interface I1 {}
namespace A8.B9 {
import r2 = require("m");
declare module "dm5" {
export declare const dc3: number;
export const enum XCE4 { A }
}
declare function dfn6(): void;
namespace N7 {

}
}
let w10 = <number><unknown>1;
export {};
