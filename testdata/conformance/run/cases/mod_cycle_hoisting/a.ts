import { fromB } from "./b.ts";
console.log("a body; b said:", fromB);
export function greet(who: string): string {
  return "hello " + who;
}
