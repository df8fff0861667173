declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export = 1;
interface I1 {}
class K2 { constructor(public a: number, b: number, private readonly c = <number>1) {} }
;
