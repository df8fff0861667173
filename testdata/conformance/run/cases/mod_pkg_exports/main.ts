// Packages in node_modules: "exports" conditions are tried in the order the
// package.json lists them; subpaths and patterns; unexported paths refused;
// "main" when there is no "exports".
import cond from "cond";
import { feature } from "cond/feature";
import util from "cond/utils/strings.js";
import plain from "plain";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
console.log(cond, feature, util);
console.log(require("cond"), plain);
for (const spec of ["cond/lib/hidden.js", "cond/package.json", "nothere"]) {
  try {
    await import(spec);
  } catch (e) {
    const err = e as Error & { code?: string };
    console.log(err.code, err.message);
  }
}
