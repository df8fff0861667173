// An imported .ts file (no package.json "type") whose only import/export
// syntax is types: stripped, it has none, so Node loads it as CommonJS and
// the default import is its module.exports.
import lib from "./lib.ts";
import { type Opts } from "./lib.ts";
const o: Opts = { a: 1 };
console.log(lib, o.a);
