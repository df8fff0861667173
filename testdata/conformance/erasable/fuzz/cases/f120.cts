declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export { v1 };
declare global {

}
namespace N8 {
function cf2() {
export const xc1 = 1;
}
{
function cf6() {
let o3 = { m(x = <number>1) { return x; } };
declare const enum DCE4 { A }
let g5 = <T,>(x: T) => x as T;
}
}
class K7 { constructor(public a: number, b: number, private readonly c = <number>1) {} }
}
