declare namespace M { const y: number }
declare function dec(...a: any[]): any;
declare global {
let w1 = <number><unknown>1;
let g2 = <T,>(x: T) => x as T;
declare const enum DCE3 { A }
declare namespace DN5 {
export enum XE4 { A }
}
}
const arrow6 = () => { enum AE7 { A } return <any>0; };
namespace N8 {

}
let v9 = 1;
