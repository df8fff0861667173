// Edge cases of path functions.
import { basename, dirname, extname, join, normalize, relative, resolve, parse } from "node:path";
const inputs = ["", ".", "..", "/", "//", "a/", "/a/b/", "a//b", "../../x", "./.hidden", "file.", "..."];
for (const p of inputs) {
  console.log(JSON.stringify(p), "|", dirname(p), "|", basename(p), "|", extname(p), "|", normalize(p));
}
console.log(join("a", "", "b"), join("..", "x"), join("/a", "/b"));
console.log(relative("", ""), relative("a", "b/c"), resolve("/") === "/");
console.log(parse(""), parse("/"));
try {
  join(null as any);
} catch (e) {
  console.log((e as NodeJS.ErrnoException).code);
}
