// path.win32 works on any platform.
import path from "node:path";
const w = path.win32;
console.log(w.join("C:\\Users", "me", "..", "file.txt"));
console.log(w.normalize("C:/a/b/../c"), w.basename("C:\\x\\y.ts", ".ts"), w.dirname("C:\\x\\y.ts"));
console.log(w.isAbsolute("C:\\"), w.isAbsolute("\\\\server\\share"), w.isAbsolute("rel"));
console.log(w.parse("C:\\dir\\base.ext"), w.sep, w.delimiter);
console.log(w.relative("C:\\a\\b", "C:\\a\\c"), w.resolve("C:\\a", "..\\b"));
