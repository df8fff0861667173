declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export const xc1 = 1;
;
const enum CE2 { A }
declare function dfn3(): void;
export {};
