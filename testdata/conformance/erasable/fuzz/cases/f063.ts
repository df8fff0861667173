declare namespace M { const y: number }
declare function dec(...a: any[]): any;
const enum CE1 { A }
if (Math.random()) {
{
declare const enum DCE2 { A }
namespace A7.B8 {
import X3 = M.y;
interface I4 {}
const arrow5 = () => { enum AE6 { A } return <any>0; };
}
export const xc9 = 1;
}
}
export {};
