declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export { CE1 };
class SB9 { static {
declare const enum DCE1 { A }
declare module "dm8" {
let o2 = { m(x = <number>1) { return x; } };
{
declare class DK3 { constructor(protected a: number); }
let o4 = { m(x = <number>1) { return x; } };
}
const arrow5 = () => { enum AE6 { A } return <any>0; };
export const xc7 = 1;
}
} }
export interface XI10 {}
export {};
