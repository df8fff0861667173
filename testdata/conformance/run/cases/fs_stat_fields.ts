// Stats: type predicates, size, times as Dates, lstat on symlinks.
import fs from "node:fs";
fs.writeFileSync("f", "12345");
fs.symlinkSync("f", "l");
const s = fs.statSync("l");
const ls = fs.lstatSync("l");
console.log(s.isFile(), s.isSymbolicLink(), ls.isSymbolicLink(), ls.isFile());
console.log(s.size, typeof s.mtimeMs, s.mtime instanceof Date, s.birthtime instanceof Date);
console.log(Object.keys(s).sort().join(","));
console.log(fs.readlinkSync("l"), fs.realpathSync("l") === fs.realpathSync("f"));
const big = fs.statSync("f", { bigint: true });
console.log(typeof big.size, big.size);
