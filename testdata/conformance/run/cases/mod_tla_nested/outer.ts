import { innerValue } from "./inner.ts";
console.log("outer start", innerValue);
await Promise.resolve();
export const outerValue = innerValue * 2;
console.log("outer end");
