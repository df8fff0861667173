declare namespace M { const y: number }
declare function dec(...a: any[]): any;
module Mod9 {
if (Math.random()) {
{
enum E1 { A }
}
namespace N5 {
function fn2() {}
export const xc3 = 1;
export const xc4 = 1;
}
interface I6 {}
function cf8() {
declare class DK7 { constructor(protected a: number); }
}
}
}
let o10 = { m(x = <number>1) { return x; } };
export enum XE11 { A }
