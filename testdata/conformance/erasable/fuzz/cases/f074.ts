declare namespace M { const y: number }
declare function dec(...a: any[]): any;
declare global {
abstract class AK1 {}
}
export namespace XN7 {
namespace A3.B4 {
const enum CE2 { A }
}
const enum CE5 { A }
class K6 { constructor(public a: number, b: number, private readonly c = <number>1) {} }
}
export {};
