declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export enum XE1 { A }
