declare namespace M { const y: number }
declare function dec(...a: any[]): any;
enum E1 { A }
export namespace XN3 {
let w2 = <number><unknown>1;
}
function cf14() {
function cf10() {
function cf7() {
export interface XI4 {}
export const xc5 = 1;
export enum XE6 { A }
}
{
export enum XE8 { A }
declare const enum DCE9 { A }
}
declare global {
export { v8 };
}
}
declare global {
declare const enum DCE11 { A }
}
declare namespace DN13 {
export = 1;
class K12 { constructor(public a: number, b: number, private readonly c = <number>1) {} }
}
}
