declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export namespace XN4 {
class SB2 { static {
declare class DK1 { constructor(protected a: number); }
export { v2 };
} }
let g3 = <T,>(x: T) => x as T;
}
declare class DK5 { constructor(protected a: number); }
abstract class AK6 {}
import r7 = require("m");
export {};
