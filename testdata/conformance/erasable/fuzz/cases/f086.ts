declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export const xc1 = 1;
export const enum XCE2 { A }
export const xc3 = 1;
function cf5() {
let o4 = { m(x = <number>1) { return x; } };
export { CE3 };
}
export {};
