// Importing CommonJS: default is module.exports; named exports are the ones
// Node's lexer finds in the source.
import lib, { add, name, viaDefine } from "./lib.cjs";
import * as ns from "./lib.cjs";
import objLit from "./literal.cjs";
import * as litNs from "./literal.cjs";
console.log(add(2, 3), name, viaDefine);
console.log(lib.add === add, typeof lib);
console.log(Object.keys(ns).sort());
console.log(objLit, Object.keys(litNs).sort());
