declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export { v1 };
namespace A4.B5 {
declare namespace DN1 {

}
export { v2 };
declare class DK2 { constructor(protected a: number); }
declare global {
export enum XE3 { A }
}
}
function cf8() {
function cf7() {
export const xc6 = 1;
}
}
type T9 = 1;
export {};
