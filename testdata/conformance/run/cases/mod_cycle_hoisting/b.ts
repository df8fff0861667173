import { greet } from "./a.ts";
console.log("b body, typeof greet:", typeof greet);
export const fromB: string = greet("b");
