// module.createRequire gives ESM code a require(): files, JSON, builtins.
import { createRequire, builtinModules, isBuiltin } from "node:module";
import Module from "module";
const require = createRequire(import.meta.url);
const lib = require("./lib.cjs");
const data = require("./data.json");
console.log(lib.hello("esm"), data.n, require("path") === require("node:path"));
console.log(typeof require.resolve, require.resolve("./lib.cjs").endsWith("/lib.cjs"));
console.log(require.resolve("fs"), require.resolve("node:fs"));
console.log(isBuiltin("fs"), isBuiltin("node:fs"), isBuiltin("nope"), builtinModules.includes("fs"));
console.log(Module.createRequire === createRequire, typeof Module.builtinModules);
try {
  require("./missing.cjs");
} catch (e) {
  const err = e as Error & { code?: string };
  console.log(err.code, err.message.split("\n")[0]);
}
