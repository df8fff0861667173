// Every export form: renames, re-exports, default re-export, string names,
// export * as ns.
import def, { renamed, again, "kebab-name" as kebab, inner, viaDefault } from "./forms.ts";
import * as forms from "./forms.ts";
console.log(def, renamed, again, kebab, inner.x, viaDefault);
console.log(Object.keys(forms));
console.log(Object.prototype.toString.call(inner));
