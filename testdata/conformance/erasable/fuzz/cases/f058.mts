declare namespace M { const y: number }
declare function dec(...a: any[]): any;
if (Math.random()) {

}
let w1 = <number><unknown>1;
export {};
