declare namespace M { const y: number }
declare function dec(...a: any[]): any;
module Mod1 {
export = 1;
}
