// `import { type X }` keeps the import statement once types are stripped
// (only the specifier goes), so the file is an ES module and the imported
// module is evaluated for its side effects.
import { type Shape } from "./shape.ts";
const s: Shape = { w: 2, h: 3 };
console.log(typeof require, import.meta.url.endsWith("main.ts"), s.w * s.h);
