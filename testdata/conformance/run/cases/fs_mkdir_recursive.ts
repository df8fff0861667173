// mkdir recursive returns the first directory created, or undefined.
import fs from "node:fs";
import fsp from "node:fs/promises";
console.log(fs.mkdirSync("a/b/c", { recursive: true }));
console.log(fs.mkdirSync("a/b/c", { recursive: true }));
console.log(fs.mkdirSync("a/b/d", { recursive: true }));
console.log(fs.existsSync("a/b/c"), fs.statSync("a/b").isDirectory());
console.log(await fsp.mkdir("x/y", { recursive: true }));
fs.mkdir("p/q", { recursive: true }, (err, first) => console.log(err, first));
try {
  fs.mkdirSync("a");
} catch (e) {
  console.log((e as NodeJS.ErrnoException).code);
}
try {
  fs.mkdirSync("n/o");
} catch (e) {
  console.log((e as NodeJS.ErrnoException).code);
}
