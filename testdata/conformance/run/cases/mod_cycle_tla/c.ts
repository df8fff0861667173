import * as aNs from "./a.ts";
console.log("c start", typeof aNs);
await null;
export const c = "C";
console.log("c end");
