declare namespace M { const y: number }
declare function dec(...a: any[]): any;
let g1 = <T,>(x: T) => x as T;
declare module "dm2" {
;
}
export {};
