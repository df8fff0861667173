declare namespace M { const y: number }
declare function dec(...a: any[]): any;
if (Math.random()) {
declare global {

}
export { CE1 };
;
if (Math.random()) {
export const enum XCE1 { A }
module Mod5 {
import type TX2 = M.y;
const arrow3 = () => { enum AE4 { A } return <any>0; };
}
export = 1;
}
}
