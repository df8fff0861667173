import { innerValue } from "./inner.ts";
console.log("side", innerValue);
export const side = "side";
