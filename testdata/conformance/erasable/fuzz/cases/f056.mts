declare namespace M { const y: number }
declare function dec(...a: any[]): any;
declare namespace DN2 {
declare const enum DCE1 { A }
}
let g3 = <T,>(x: T) => x as T;
class SB6 { static {
module Mod5 {
class K4 { constructor(public a: number, b: number, private readonly c = <number>1) {} }
}
} }
;
