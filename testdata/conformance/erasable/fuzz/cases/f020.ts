declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export const xc1 = 1;
export interface XI2 {}
function cf8() {
import X3 = M.y;
class SB6 { static {
function cf4() {

}
declare global {
let g5 = <T,>(x: T) => x as T;
}
} }
export const enum XCE7 { A }
export = 1;
}
