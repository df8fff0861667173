declare const x: number;
export = x;
