// access / accessSync with mode constants.
import fs from "node:fs";
fs.writeFileSync("r.txt", "x");
console.log(fs.accessSync("r.txt"), fs.accessSync("r.txt", fs.constants.R_OK | fs.constants.W_OK));
console.log(fs.constants.F_OK, fs.constants.R_OK, fs.constants.W_OK, fs.constants.X_OK);
try {
  fs.accessSync("absent.txt");
} catch (e) {
  const err = e as NodeJS.ErrnoException;
  console.log(err.code, err.errno, err.syscall, err.path, err.message);
}
fs.access("absent.txt", fs.constants.F_OK, (err) => {
  console.log("callback:", err?.code);
  fs.promises.access("r.txt").then((v) => console.log("promise:", v));
});
