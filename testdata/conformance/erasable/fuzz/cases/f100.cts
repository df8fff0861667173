declare namespace M { const y: number }
declare function dec(...a: any[]): any;
class K1 { constructor(public a: number, b: number, private readonly c = <number>1) {} }
declare class DK2 { constructor(protected a: number); }
declare namespace DN4 {
declare module "dm3" {

}
}
;
