declare namespace M { const y: number }
declare function dec(...a: any[]): any;
namespace N1 {

}
export const enum XCE2 { A }
export = 1;
