declare namespace M { const y: number }
declare function dec(...a: any[]): any;
let w1 = <number><unknown>1;
;
class SB6 { static {
export const enum XCE2 { A }
import r3 = require("m");
const arrow4 = () => { enum AE5 { A } return <any>0; };
} }
function fn7() {}
export {};
