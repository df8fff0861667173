declare namespace M { const y: number }
declare function dec(...a: any[]): any;
enum E1 { A }
export {};
