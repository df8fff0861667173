import type { A } from "./a";
import type B from "./b";
import type * as C from "./c";
import { type D, e } from "./d";
import { f, type G } from "./f";
import { type H } from "./h";
import i, { type J as K, l } from "./i";
export type { M } from "./m";
export type * from "./n";
export type * as O from "./o";
export { type P, q };
export { r, type S as T };
export interface U {}
export type V = 1;
export declare const w: number;
export declare function x(): void;
export default interface Y {}
import type Z = require("z");
export const a1 = 1;
export function f2(a: string): void;
export function f2(a: any) {}
