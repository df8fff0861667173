declare namespace M { const y: number }
declare function dec(...a: any[]): any;

