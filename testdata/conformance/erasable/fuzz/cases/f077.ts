declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export interface XI1 {}
module Mod18 {
namespace A8.B9 {
class SB6 { static {
@dec class DecK2 { constructor(@dec readonly p: number) {} }
interface I3 {}
declare class DK4 { constructor(protected a: number); }
let w5 = <number><unknown>1;
} }
;
export const xc7 = 1;
}
namespace N13 {
export declare const dc10: number;
namespace A11.B12 {

}
}
function cf17() {
{
export const xc14 = 1;
export enum XE15 { A }
export interface XI16 {}
}
}
}
module Mod24 {
module Mod23 {
declare module "dm22" {
export declare const dc19: number;
declare class DK20 { constructor(protected a: number); }
export declare const dc21: number;
}
export { I18 };
}
}
export {};
