declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export { I1 };
declare module "dm5" {
{
export { CE1 };
export { I1 };
declare enum DE1 { A }
import X2 = M.y;
}
declare const enum DCE3 { A }
class SB4 { static {

} }
}
let o6 = { m(x = <number>1) { return x; } };
export const enum XCE7 { A }
