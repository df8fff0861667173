// readdir with withFileTypes returns Dirent objects.
import fs from "node:fs";
fs.mkdirSync("sub");
fs.writeFileSync("file.txt", "");
fs.writeFileSync("sub/inner.txt", "");
fs.symlinkSync("file.txt", "link");
const entries = fs.readdirSync(".", { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
for (const e of entries) {
  console.log(e.name, e.isFile(), e.isDirectory(), e.isSymbolicLink());
}
console.log(entries.find((e) => e.name === "sub"));
console.log(fs.readdirSync(".").sort());
console.log(fs.readdirSync(".", { recursive: true }).sort());
fs.promises.readdir("sub", { withFileTypes: true }).then((d) => console.log(d.map((x) => [x.name, x.isFile()])));
