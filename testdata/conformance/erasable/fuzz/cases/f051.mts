declare namespace M { const y: number }
declare function dec(...a: any[]): any;
declare module "dm9" {
class K1 { constructor(public a: number, b: number, private readonly c = <number>1) {} }
{
namespace N3 {
@dec class DecK2 { constructor(@dec readonly p: number) {} }
}
const arrow4 = () => { enum AE5 { A } return <any>0; };
type T6 = 1;
export namespace XN8 {
export const enum XCE7 { A }
}
}
}
export {};
