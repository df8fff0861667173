declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export import XX1 = M.y;
let v2 = 1;
export {};
