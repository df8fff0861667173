declare namespace M { const y: number }
declare function dec(...a: any[]): any;
declare function dfn1(): void;
export { CE2 };
import X2 = M.y;
export namespace XN20 {
declare module "dm7" {
export namespace XN6 {
declare enum DE3 { A }
let o4 = { m(x = <number>1) { return x; } };
export const enum XCE5 { A }
}
}
namespace N18 {
namespace N10 {
let w8 = <number><unknown>1;
export interface XI9 {}
}
declare function dfn11(): void;
function cf17() {
export const xc12 = 1;
const arrow13 = () => { enum AE14 { A } return <any>0; };
export declare const dc15: number;
function fn16() {}
}
}
interface I19 {}
}
