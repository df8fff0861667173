// rmSync of a directory without recursive: Node's SystemError, with its
// errno/syscall/path accessors over info, caught and then uncaught.
const fs = require("node:fs");
const util = require("node:util");
fs.mkdirSync("dir");
try {
  fs.rmSync("dir");
} catch (e) {
  console.log(util.inspect(e).split("\n").filter((l: string) => !l.trimStart().startsWith("at ")).join("\n"));
  console.log(String(e), Object.keys(e));
}
fs.rmSync("dir");
