declare namespace M { const y: number }
declare function dec(...a: any[]): any;
class K1 { constructor(public a: number, b: number, private readonly c = <number>1) {} }
function fn2() {}
{
export const enum XCE3 { A }
function cf10() {
if (Math.random()) {
export const enum XCE4 { A }
export { I2 };
@dec class DecK5 { constructor(@dec readonly p: number) {} }
export const xc6 = 1;
}
function cf8() {
let o7 = { m(x = <number>1) { return x; } };
export { CE6 };
}
interface I9 {}
}
let o11 = { m(x = <number>1) { return x; } };
}
declare namespace DN15 {
let w12 = <number><unknown>1;
export = 1;
function cf13() {

}
declare class DK14 { constructor(protected a: number); }
}
