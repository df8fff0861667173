import * as main from "./main.ts";
console.log(main);
try {
  Object.keys(main);
} catch (e) {
  console.log("keys", (e as Error).name);
}
try {
  Object.getOwnPropertyDescriptor(main, "x");
} catch (e) {
  console.log("descriptor", (e as Error).name);
}
console.log("x" in main, Reflect.ownKeys(main), Object.getOwnPropertyNames(main));
export const z = 3;
const q = 1;
export { q as "10", q as "9", q as "b", q as "a" };
