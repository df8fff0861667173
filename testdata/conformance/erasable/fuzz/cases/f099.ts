declare namespace M { const y: number }
declare function dec(...a: any[]): any;
let o1 = { m(x = <number>1) { return x; } };
let g2 = <T,>(x: T) => x as T;
declare namespace DN3 {

}
export {};
