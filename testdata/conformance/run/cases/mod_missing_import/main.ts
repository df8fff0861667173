// Importing a file that does not exist fails before any code runs.
import { x } from "./missing.ts";
console.log("never", x);
