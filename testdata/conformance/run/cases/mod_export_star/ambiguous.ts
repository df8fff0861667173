import { dup } from "./all.ts";
console.log(dup);
