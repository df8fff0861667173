declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export namespace XN6 {
{
enum E1 { A }
export declare const dc2: number;
}
declare global {
declare module "dm3" {

}
}
class SB5 { static {
export { v2 };
export enum XE4 { A }
} }
}
import X7 = M.y;
export {};
