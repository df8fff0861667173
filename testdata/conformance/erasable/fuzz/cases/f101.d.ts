declare namespace M { const y: number }
declare function dec(...a: any[]): any;
if (Math.random()) {
class K1 { constructor(public a: number, b: number, private readonly c = <number>1) {} }
class SB2 { static {

} }
}
module Mod16 {
declare enum DE3 { A }
let w4 = <number><unknown>1;
export namespace XN15 {
namespace A6.B7 {
@dec class DecK5 { constructor(@dec readonly p: number) {} }
}
namespace A11.B12 {
class K8 { constructor(public a: number, b: number, private readonly c = <number>1) {} }
import type TX9 = M.y;
function fn10() {}
export { I3 };
}
namespace N13 {
export { I3 };
}
export import XX14 = M.y;
}
}
function cf17() {

}
