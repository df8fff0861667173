declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export import XX1 = M.y;
declare module "dm12" {
export interface XI2 {}
class SB9 { static {
export { I1 };
declare function dfn3(): void;
const arrow4 = () => { enum AE5 { A } return <any>0; };
namespace N8 {
let w6 = <number><unknown>1;
class K7 { constructor(public a: number, b: number, private readonly c = <number>1) {} }
}
} }
function fn10() {}
let w11 = <number><unknown>1;
}
let o13 = { m(x = <number>1) { return x; } };
abstract class AK14 {}
export {};
