declare namespace M { const y: number }
declare function dec(...a: any[]): any;
interface I1 {}
interface I2 {}
namespace N15 {
namespace A13.B14 {
module Mod6 {
declare class DK3 { constructor(protected a: number); }
export interface XI4 {}
type T5 = 1;
}
namespace A10.B11 {
let v7 = 1;
const enum CE8 { A }
type T9 = 1;
}
let v12 = 1;
}
}
export {};
