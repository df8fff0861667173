declare namespace M { const y: number }
declare function dec(...a: any[]): any;
declare global {
namespace N7 {
const enum CE1 { A }
import r2 = require("m");
namespace A4.B5 {
abstract class AK3 {}
}
abstract class AK6 {}
}
}
import X8 = M.y;
export const enum XCE9 { A }
if (Math.random()) {
{
if (Math.random()) {
export { I7 };
enum E10 { A }
let g11 = <T,>(x: T) => x as T;
}
const enum CE12 { A }
}
declare function dfn13(): void;
const arrow14 = () => { enum AE15 { A } return <any>0; };
}
export {};
