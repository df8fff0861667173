declare namespace M { const y: number }
declare function dec(...a: any[]): any;
namespace N9 {
module Mod1 {
export { I1 };
}
let g2 = <T,>(x: T) => x as T;
declare module "dm4" {
enum E3 { A }
}
function cf8() {
declare module "dm5" {

}
import X6 = M.y;
export { v2 };
function fn7() {}
}
}
export import XX10 = M.y;
export {};
