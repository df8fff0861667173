declare namespace M { const y: number }
declare function dec(...a: any[]): any;
function fn1() {}
export {};
