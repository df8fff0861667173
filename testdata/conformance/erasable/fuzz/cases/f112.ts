declare namespace M { const y: number }
declare function dec(...a: any[]): any;
declare class DK1 { constructor(protected a: number); }
