declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export declare const dc1: number;
export const enum XCE2 { A }
export {};
