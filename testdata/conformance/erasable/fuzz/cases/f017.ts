declare namespace M { const y: number }
declare function dec(...a: any[]): any;
type T1 = 1;
const arrow2 = () => { enum AE3 { A } return <any>0; };
namespace A8.B9 {
export { I2 };
declare enum DE4 { A }
const arrow5 = () => { enum AE6 { A } return <any>0; };
let v7 = 1;
}
namespace N13 {
export interface XI10 {}
let v11 = 1;
enum E12 { A }
}
export {};
