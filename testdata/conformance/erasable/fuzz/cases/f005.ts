declare namespace M { const y: number }
declare function dec(...a: any[]): any;
declare function dfn1(): void;
;
export = 1;
export {};
