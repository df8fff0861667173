import { before } from "./throws.ts";
console.log("never", before);
