import { b } from "./b.ts";
console.log("a body, b =", b);
export const a: string = "A";
export function fromB(): string {
  return b;
}
