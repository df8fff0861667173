declare namespace M { const y: number }
declare function dec(...a: any[]): any;
{
;
function fn1() {}
}
let o2 = { m(x = <number>1) { return x; } };
