declare namespace M { const y: number }
declare function dec(...a: any[]): any;
let w1 = <number><unknown>1;
;
export import XX2 = M.y;
export const xc3 = 1;
export {};
