declare namespace M { const y: number }
declare function dec(...a: any[]): any;
{
namespace A1.B2 {

}
;
}
namespace N4 {
type T3 = 1;
}
export enum XE5 { A }
function fn6() {}
export {};
