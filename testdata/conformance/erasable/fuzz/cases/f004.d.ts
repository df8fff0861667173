declare namespace M { const y: number }
declare function dec(...a: any[]): any;
type T1 = 1;
module Mod2 {

}
