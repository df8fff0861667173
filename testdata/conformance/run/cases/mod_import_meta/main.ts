// import.meta: url, filename, dirname, resolve(), main.
import { meta as subMeta } from "./sub/child.ts";
const m = import.meta;
console.log(m.url.endsWith("/main.ts"), m.url.startsWith("file:///"));
console.log(m.filename.endsWith("/main.ts"), m.dirname === m.filename.slice(0, m.filename.lastIndexOf("/")));
console.log(m.resolve("./sub/child.ts") === new URL("./sub/child.ts", m.url).href);
console.log(m.resolve("node:fs"), m.resolve("fs"));
console.log(subMeta.url.endsWith("/sub/child.ts"), subMeta.main, m.main);
console.log(Object.getPrototypeOf(m), typeof m.resolve);
console.log(Object.keys(m).sort());
