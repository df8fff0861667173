import { notAFunction } from "node:path";
console.log("never", notAFunction);
