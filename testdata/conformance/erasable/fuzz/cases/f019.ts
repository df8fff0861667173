declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export { v1 };
class SB9 { static {
declare const enum DCE1 { A }
export namespace XN8 {
class SB3 { static {
declare class DK2 { constructor(protected a: number); }
} }
let o4 = { m(x = <number>1) { return x; } };
{
let o5 = { m(x = <number>1) { return x; } };
export { CE2 };
let v6 = 1;
const enum CE7 { A }
}
declare global {

}
}
} }
export declare const dc10: number;
function cf12() {
import r11 = require("m");
}
