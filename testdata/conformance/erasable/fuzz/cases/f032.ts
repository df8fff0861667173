declare namespace M { const y: number }
declare function dec(...a: any[]): any;
module Mod3 {
module Mod2 {
export import XX1 = M.y;
}
}
const arrow4 = () => { enum AE5 { A } return <any>0; };
abstract class AK6 {}
import X7 = M.y;
