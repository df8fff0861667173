declare namespace M { const y: number }
declare function dec(...a: any[]): any;
declare module "dm3" {
@dec class DecK1 { constructor(@dec readonly p: number) {} }
export import XX2 = M.y;
export { CE1 };
}
declare global {
export { v1 };
declare const enum DCE4 { A }
}
function fn5() {}
export const enum XCE6 { A }
