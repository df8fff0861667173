declare namespace M { const y: number }
declare function dec(...a: any[]): any;
let v1 = 1;
let g2 = <T,>(x: T) => x as T;
{
if (Math.random()) {
declare namespace DN5 {
export const enum XCE3 { A }
export enum XE4 { A }
}
}
;
type T6 = 1;
}
export import XX7 = M.y;
export {};
