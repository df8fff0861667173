// rename and copyFile, including overwriting and COPYFILE_EXCL.
import fs from "node:fs";
fs.writeFileSync("src.txt", "source");
fs.copyFileSync("src.txt", "copy.txt");
fs.renameSync("copy.txt", "moved.txt");
console.log(fs.readdirSync(".").sort());
fs.writeFileSync("other.txt", "other");
fs.copyFileSync("other.txt", "moved.txt");
console.log(fs.readFileSync("moved.txt", "utf8"));
try {
  fs.copyFileSync("src.txt", "moved.txt", fs.constants.COPYFILE_EXCL);
} catch (e) {
  const err = e as NodeJS.ErrnoException;
  console.log(err.code, err.syscall, err.message);
}
fs.rename("missing.txt", "x.txt", (err) => {
  console.log(err?.code, err?.syscall, err?.message);
  fs.promises.copyFile("src.txt", "third.txt").then(() => console.log(fs.readdirSync(".").sort()));
});
