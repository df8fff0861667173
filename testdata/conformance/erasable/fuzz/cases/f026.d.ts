declare namespace M { const y: number }
declare function dec(...a: any[]): any;
declare module "dm3" {
function fn1() {}
declare const enum DCE2 { A }
}
function cf4() {

}
