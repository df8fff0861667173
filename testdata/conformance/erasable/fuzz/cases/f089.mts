declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export enum XE1 { A }
declare class DK2 { constructor(protected a: number); }
export { v3 };
import type TX3 = M.y;
