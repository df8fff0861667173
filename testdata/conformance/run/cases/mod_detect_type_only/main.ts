// Type stripping removes `import type` and `export type`, interfaces and
// declare'd exports: what is left has no module syntax, so Node runs the
// file as CommonJS (require exists) even though the source says import.
import type { Shape } from "./shape.ts";
export type Area = number;
export interface Named { name: string }
export declare const ambient: number;
const s: Shape = { w: 2, h: 3 };
console.log(typeof require, typeof module, s.w * s.h);
