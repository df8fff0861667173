declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export declare const dc1: number;
if (Math.random()) {
namespace N8 {
namespace A4.B5 {
export const xc2 = 1;
export import XX3 = M.y;
}
export namespace XN7 {
const enum CE6 { A }
}
}
namespace N11 {
export interface XI9 {}
{
declare function dfn10(): void;
}
}
namespace N15 {
export = 1;
class K12 { constructor(public a: number, b: number, private readonly c = <number>1) {} }
import type TX13 = M.y;
function cf14() {

}
}
}
export interface XI16 {}
namespace A17.B18 {

}
