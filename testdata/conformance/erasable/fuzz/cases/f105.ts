declare namespace M { const y: number }
declare function dec(...a: any[]): any;
{
export interface XI1 {}
}
export { I1 };
declare module "dm6" {
namespace A3.B4 {
;
abstract class AK2 {}
}
export import XX5 = M.y;
}
