// err.code, err.errno, err.syscall and err.path of common fs errors.
import fs from "node:fs";
fs.mkdirSync("dir");
fs.writeFileSync("dir/file", "x");
fs.writeFileSync("plain", "x");
const attempts: Array<[string, () => unknown]> = [
  ["read missing", () => fs.readFileSync("missing.txt")],
  ["read dir", () => fs.readFileSync("dir")],
  ["mkdir existing", () => fs.mkdirSync("dir")],
  ["rmdir non-empty", () => fs.rmdirSync("dir")],
  ["readdir file", () => fs.readdirSync("plain")],
  ["file as dir", () => fs.readFileSync("plain/x")],
  ["stat missing", () => fs.statSync("nope")],
  ["open missing r", () => fs.openSync("nope", "r")],
  ["open existing wx", () => fs.openSync("plain", "wx")],
];
for (const [label, f] of attempts) {
  try {
    f();
    console.log(label, "succeeded");
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    console.log(label, "|", err.code, err.errno, err.syscall, err.path, "|", err.message);
  }
}
console.log(fs.statSync("nope", { throwIfNoEntry: false }));
