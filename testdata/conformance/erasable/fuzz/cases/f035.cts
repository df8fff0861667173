declare namespace M { const y: number }
declare function dec(...a: any[]): any;
let w1 = <number><unknown>1;
