declare namespace M { const y: number }
declare function dec(...a: any[]): any;
module Mod1 {

}
declare namespace DN7 {
;
namespace A5.B6 {
@dec class DecK2 { constructor(@dec readonly p: number) {} }
enum E3 { A }
interface I4 {}
}
}
export {};
