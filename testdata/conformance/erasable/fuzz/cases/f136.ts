declare namespace M { const y: number }
declare function dec(...a: any[]): any;
;
if (Math.random()) {
declare global {
if (Math.random()) {
declare enum DE1 { A }
const enum CE2 { A }
let w3 = <number><unknown>1;
interface I4 {}
}
declare enum DE5 { A }
export enum XE6 { A }
declare module "dm10" {
declare enum DE7 { A }
export import XX8 = M.y;
let o9 = { m(x = <number>1) { return x; } };
}
}
declare module "dm13" {
function cf11() {

}
declare class DK12 { constructor(protected a: number); }
}
abstract class AK14 {}
let o15 = { m(x = <number>1) { return x; } };
}
