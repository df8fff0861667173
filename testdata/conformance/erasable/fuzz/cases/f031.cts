declare namespace M { const y: number }
declare function dec(...a: any[]): any;
import X1 = M.y;
export {};
