declare namespace M { const y: number }
declare function dec(...a: any[]): any;
if (Math.random()) {
{
export { v1 };
export = 1;
namespace N5 {
const arrow1 = () => { enum AE2 { A } return <any>0; };
@dec class DecK3 { constructor(@dec readonly p: number) {} }
@dec class DecK4 { constructor(@dec readonly p: number) {} }
export = 1;
}
}
}
function fn6() {}
export {};
