import { never } from "./bad.ts";
console.log("uses-bad body (never printed)", never);
