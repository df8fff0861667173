declare namespace M { const y: number }
declare function dec(...a: any[]): any;
module Mod12 {
if (Math.random()) {
if (Math.random()) {
enum E1 { A }
enum E2 { A }
export interface XI3 {}
export { v1 };
}
}
export { I1 };
module Mod10 {
module Mod7 {
export enum XE4 { A }
const arrow5 = () => { enum AE6 { A } return <any>0; };
}
export declare const dc8: number;
const enum CE9 { A }
}
export const xc11 = 1;
}
namespace N15 {
const arrow13 = () => { enum AE14 { A } return <any>0; };
}
enum E16 { A }
export interface XI17 {}
