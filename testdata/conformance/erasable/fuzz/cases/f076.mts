declare namespace M { const y: number }
declare function dec(...a: any[]): any;
if (Math.random()) {
declare namespace DN1 {

}
}
export declare const dc2: number;
export enum XE3 { A }
declare global {
declare namespace DN8 {
namespace N4 {
;
}
export namespace XN6 {
export const xc5 = 1;
}
type T7 = 1;
}
declare function dfn9(): void;
}
export {};
