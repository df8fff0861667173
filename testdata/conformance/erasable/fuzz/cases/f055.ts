declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export namespace XN15 {
export namespace XN5 {
export namespace XN2 {
export import XX1 = M.y;
}
export interface XI3 {}
let g4 = <T,>(x: T) => x as T;
}
class SB6 { static {

} }
declare module "dm14" {
function fn7() {}
@dec class DecK8 { constructor(@dec readonly p: number) {} }
namespace A11.B12 {
function fn9() {}
export { CE9 };
declare function dfn10(): void;
}
export interface XI13 {}
}
}
const arrow16 = () => { enum AE17 { A } return <any>0; };
;
export {};
