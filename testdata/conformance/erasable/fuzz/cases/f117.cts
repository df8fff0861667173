declare namespace M { const y: number }
declare function dec(...a: any[]): any;
let g1 = <T,>(x: T) => x as T;
import X2 = M.y;
{
declare function dfn3(): void;
declare enum DE4 { A }
}
if (Math.random()) {
declare enum DE5 { A }
}
