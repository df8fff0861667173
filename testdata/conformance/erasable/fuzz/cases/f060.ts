declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export = 1;
{
const enum CE1 { A }
}
