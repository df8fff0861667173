declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export const xc1 = 1;
export enum XE2 { A }
const enum CE3 { A }
export {};
