declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export interface XI1 {}
class SB11 { static {
function cf8() {
abstract class AK2 {}
if (Math.random()) {
;
;
let g3 = <T,>(x: T) => x as T;
const arrow4 = () => { enum AE5 { A } return <any>0; };
}
declare const enum DCE6 { A }
import X7 = M.y;
}
class K9 { constructor(public a: number, b: number, private readonly c = <number>1) {} }
declare namespace DN10 {

}
} }
class SB13 { static {
declare const enum DCE12 { A }
} }
export enum XE14 { A }
