// A named import its module does not export stops the program at link
// time: Node's report points at the import. With two bad names, V8 reports
// the one whose local name sorts first.
import { zeta as later, Hidden, shown } from "./lib.ts";
console.log("never", later, shown);
