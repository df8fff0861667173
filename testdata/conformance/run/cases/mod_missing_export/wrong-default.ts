import lib from "./lib.ts";
console.log("never", lib);
