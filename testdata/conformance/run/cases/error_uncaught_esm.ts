// Uncaught error at the top level of an ES module.
import { basename } from "node:path";
const file: string = basename(import.meta.url);
console.log("module", file);
throw new RangeError("esm failure");
