declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export namespace XN2 {
declare const enum DCE1 { A }
}
declare global {
export { v2 };
enum E3 { A }
}
{
export { I1 };
export const enum XCE4 { A }
}
declare namespace DN5 {

}
export {};
