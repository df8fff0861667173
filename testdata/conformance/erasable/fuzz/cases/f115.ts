declare namespace M { const y: number }
declare function dec(...a: any[]): any;
interface I1 {}
{
if (Math.random()) {
import r2 = require("m");
class K3 { constructor(public a: number, b: number, private readonly c = <number>1) {} }
}
}
type T4 = 1;
