declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export { CE1 };
import X1 = M.y;
