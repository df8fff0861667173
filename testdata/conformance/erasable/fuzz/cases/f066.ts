declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export const xc1 = 1;
export { I2 };
class SB3 { static {
export import XX2 = M.y;
} }
namespace N11 {
declare namespace DN8 {
export import XX4 = M.y;
function cf6() {
function fn5() {}
}
declare enum DE7 { A }
}
let o9 = { m(x = <number>1) { return x; } };
import r10 = require("m");
}
export {};
