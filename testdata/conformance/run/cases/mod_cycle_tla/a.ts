import { b } from "./b.ts";
console.log("a start", b);
await new Promise((r) => setTimeout(r, 5));
export const a = "A";
console.log("a end");
