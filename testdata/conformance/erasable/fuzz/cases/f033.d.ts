declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export = 1;
declare enum DE1 { A }
export {};
