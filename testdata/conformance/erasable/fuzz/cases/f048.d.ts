declare namespace M { const y: number }
declare function dec(...a: any[]): any;
import type TX1 = M.y;
let w2 = <number><unknown>1;
;
export {};
