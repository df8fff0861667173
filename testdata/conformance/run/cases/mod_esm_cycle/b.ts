import { fromB } from "./a.ts";
console.log("b body, typeof fromB =", typeof fromB);
export const b: string = "B";
