declare namespace M { const y: number }
declare function dec(...a: any[]): any;
declare global {
let o1 = { m(x = <number>1) { return x; } };
export = 1;
}
namespace A5.B6 {
export enum XE2 { A }
declare function dfn3(): void;
export { v4 };
export const xc4 = 1;
}
