// import() of a module in the importer's own cycle waits for the cycle's
// root, the importer itself, which is waiting for the import: the top-level
// await never settles (exit 13 and Node's warning).
import * as dep from "./dep.ts";
export const y = 2;
console.log("main body", dep.z);
const late = await import("./dep.ts");
console.log("never", late === dep);
