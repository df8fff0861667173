declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export const enum XCE1 { A }
export { CE1 };
