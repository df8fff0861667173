declare namespace M { const y: number }
declare function dec(...a: any[]): any;
class SB2 { static {
const enum CE1 { A }
} }
export namespace XN15 {
let o3 = { m(x = <number>1) { return x; } };
module Mod6 {
let g4 = <T,>(x: T) => x as T;
let w5 = <number><unknown>1;
}
namespace A12.B13 {
declare module "dm11" {
const arrow7 = () => { enum AE8 { A } return <any>0; };
let o9 = { m(x = <number>1) { return x; } };
export interface XI10 {}
}
}
export import XX14 = M.y;
}
