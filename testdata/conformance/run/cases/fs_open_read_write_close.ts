// File descriptors: open, write, read at positions, fstat, close.
import fs from "node:fs";
const fd: number = fs.openSync("fd.txt", "w+");
console.log(typeof fd);
console.log(fs.writeSync(fd, "0123456789"));
console.log(fs.writeSync(fd, Buffer.from("AB"), 0, 2, 3));
const buf = Buffer.alloc(6);
const n = fs.readSync(fd, buf, 0, 6, 1);
console.log(n, buf.toString());
console.log(fs.fstatSync(fd).size);
fs.closeSync(fd);
try {
  fs.closeSync(fd);
} catch (e) {
  console.log((e as NodeJS.ErrnoException).code);
}
console.log(fs.readFileSync("fd.txt", "utf8"));
fs.open("fd.txt", "r", (err, fd2) => {
  const b = Buffer.alloc(4);
  fs.read(fd2, b, 0, 4, 0, (err, bytes, same) => {
    console.log(err, bytes, same === b, b.toString());
    fs.close(fd2, (err) => console.log("closed", err));
  });
});
