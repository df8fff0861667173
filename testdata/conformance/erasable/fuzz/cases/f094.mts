declare namespace M { const y: number }
declare function dec(...a: any[]): any;
export { CE1 };
export declare const dc1: number;
export {};
