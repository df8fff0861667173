declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export namespace XN8 {
export { v1 };
declare namespace DN1 {

}
{
const arrow2 = () => { enum AE3 { A } return <any>0; };
function cf4() {

}
export const enum XCE5 { A }
namespace N7 {
export interface XI6 {}
}
}
export { I8 };
}
export interface XI9 {}
export {};
