declare namespace M { const y: number }
declare function dec(...a: any[]): any;
declare global {
function cf5() {
declare namespace DN3 {
let g1 = <T,>(x: T) => x as T;
declare function dfn2(): void;
}
function fn4() {}
}
}
export { v4 };
