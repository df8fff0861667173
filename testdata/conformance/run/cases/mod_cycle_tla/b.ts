import { c } from "./c.ts";
console.log("b", c);
export const b = "B";
