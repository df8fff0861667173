import * as main from "./main.ts";
export const z = 3;
console.log("dep body", Reflect.ownKeys(main).length);
