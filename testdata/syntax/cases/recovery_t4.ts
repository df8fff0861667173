import type { A } from;
export type * from "m"
export * as from "n";
