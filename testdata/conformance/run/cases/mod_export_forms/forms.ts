const original = "orig";
export { original as renamed, original as "kebab-name" };
export { renamed as again } from "./forms.ts";
export * as inner from "./inner.ts";
export { default as viaDefault } from "./inner.ts";
const d = "the default";
export { d as default };
