declare enum E { A }
declare const enum F { A }
export declare enum G { A }
