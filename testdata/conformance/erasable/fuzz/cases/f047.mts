declare namespace M { const y: number }
declare function dec(...a: any[]): any;
declare const enum DCE1 { A }
export {};
