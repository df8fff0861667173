declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export enum XE1 { A }
declare enum DE2 { A }
export declare const dc3: number;
