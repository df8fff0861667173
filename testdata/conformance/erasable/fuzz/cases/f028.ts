declare namespace M { const y: number }
declare function dec(...a: any[]): any;
@dec class DecK1 { constructor(@dec readonly p: number) {} }
class K2 { constructor(public a: number, b: number, private readonly c = <number>1) {} }
export {};
