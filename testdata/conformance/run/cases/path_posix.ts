// path module basics (POSIX).
import path from "node:path";
console.log(path.join("a", "b", "../c", "./d.ts"));
console.log(path.resolve("x/y", "../z"));
console.log(path.resolve("/abs", "rel"), path.resolve());
console.log(path.normalize("/a//b/../c/./d/"), path.normalize(""));
console.log(path.dirname("/a/b/c.txt"), path.basename("/a/b/c.txt"), path.basename("/a/b/c.txt", ".txt"));
console.log(path.extname("file.tar.gz"), path.extname(".bashrc"), path.extname("noext"), path.extname("dot."));
console.log(path.relative("/data/a/b", "/data/c"), path.relative("/same", "/same"));
console.log(path.parse("/home/user/file.ts"));
console.log(path.format({ dir: "/x", name: "f", ext: ".js" }), path.format({ root: "/", base: "b.txt" }));
console.log(path.isAbsolute("/a"), path.isAbsolute("a"), path.sep, path.delimiter);
console.log(path.posix === path, typeof path.win32.join);
console.log(path.join(), path.join(""), path.join("/", ".."), path.toNamespacedPath("/a"));
