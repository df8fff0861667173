declare namespace M { const y: number }
declare function dec(...a: any[]): any;
{
let o1 = { m(x = <number>1) { return x; } };
const enum CE2 { A }
class K3 { constructor(public a: number, b: number, private readonly c = <number>1) {} }
}
enum E4 { A }
export enum XE5 { A }
export {};
