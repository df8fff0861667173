declare namespace M { const y: number }
declare function dec(...a: any[]): any;
declare namespace DN16 {
function cf4() {
export namespace XN3 {
enum E1 { A }
declare function dfn2(): void;
}
}
{
declare class DK5 { constructor(protected a: number); }
declare global {
class K6 { constructor(public a: number, b: number, private readonly c = <number>1) {} }
const enum CE7 { A }
declare function dfn8(): void;
export import XX9 = M.y;
}
function cf11() {
let v10 = 1;
}
declare namespace DN15 {
type T12 = 1;
declare const enum DCE13 { A }
export const xc14 = 1;
}
}
}
