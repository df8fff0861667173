declare namespace M { const y: number }
declare function dec(...a: any[]): any;
function cf2() {
export import XX1 = M.y;
declare global {

}
}
