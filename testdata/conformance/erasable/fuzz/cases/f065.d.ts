declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export { CE1 };
export enum XE1 { A }
export {};
