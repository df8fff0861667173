declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export namespace XN1 {

}
namespace A9.B10 {
export namespace XN3 {
function fn2() {}
}
{
declare module "dm6" {
export = 1;
export = 1;
export const xc4 = 1;
declare class DK5 { constructor(protected a: number); }
}
}
export const enum XCE7 { A }
abstract class AK8 {}
}
export { I9 };
export {};
