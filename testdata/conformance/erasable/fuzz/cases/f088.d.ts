declare namespace M { const y: number }
declare function dec(...a: any[]): any;
function cf2() {
const enum CE1 { A }
{

}
}
