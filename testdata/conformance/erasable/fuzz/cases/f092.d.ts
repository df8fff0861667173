declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export namespace XN1 {

}
type T2 = 1;
module Mod7 {
import type TX3 = M.y;
namespace N4 {

}
declare const enum DCE5 { A }
abstract class AK6 {}
}
namespace N8 {

}
