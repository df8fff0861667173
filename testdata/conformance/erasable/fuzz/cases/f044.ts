declare namespace M { const y: number }
declare function dec(...a: any[]): any;
namespace A2.B3 {
interface I1 {}
}
export const xc4 = 1;
namespace N5 {

}
import type TX6 = M.y;
