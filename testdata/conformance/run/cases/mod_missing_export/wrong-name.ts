import { wrong } from "./lib.ts";
console.log("never", wrong);
