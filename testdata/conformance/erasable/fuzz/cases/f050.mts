declare namespace M { const y: number }
declare function dec(...a: any[]): any;
declare namespace DN10 {
const arrow1 = () => { enum AE2 { A } return <any>0; };
export import XX3 = M.y;
module Mod9 {
if (Math.random()) {
enum E4 { A }
let v5 = 1;
abstract class AK6 {}
}
declare namespace DN8 {
let w7 = <number><unknown>1;
}
}
}
function fn11() {}
let v12 = 1;
class SB21 { static {
function cf14() {
if (Math.random()) {
declare const enum DCE13 { A }
}
}
declare namespace DN17 {
declare function dfn15(): void;
declare class DK16 { constructor(protected a: number); }
}
export const xc18 = 1;
export namespace XN20 {
let v19 = 1;
}
} }
export {};
