declare namespace M { const y: number }
declare function dec(...a: any[]): any;
import r1 = require("m");
export namespace XN6 {
declare global {
export = 1;
declare global {
export = 1;
let g2 = <T,>(x: T) => x as T;
type T3 = 1;
declare function dfn4(): void;
}
}
interface I5 {}
}
export { v5 };
export const xc7 = 1;
export {};
