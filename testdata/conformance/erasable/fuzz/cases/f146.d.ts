declare namespace M { const y: number }
declare function dec(...a: any[]): any;
@dec class DecK1 { constructor(@dec readonly p: number) {} }
