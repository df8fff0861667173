declare namespace M { const y: number }
declare function dec(...a: any[]): any;
declare function dfn1(): void;
import r2 = require("m");
declare function dfn3(): void;
{
abstract class AK4 {}
declare namespace DN6 {
namespace N5 {

}
}
namespace A12.B13 {
namespace A10.B11 {
export const enum XCE7 { A }
export const xc8 = 1;
type T9 = 1;
}
}
class SB16 { static {
import X14 = M.y;
export { CE4 };
import type TX15 = M.y;
export { CE10 };
} }
}
