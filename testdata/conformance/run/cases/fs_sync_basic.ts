// Synchronous fs: write, append, read as string and Buffer, exists, stat, unlink.
import * as fs from "node:fs";
fs.writeFileSync("a.txt", "hello");
fs.appendFileSync("a.txt", " world\n");
console.log(JSON.stringify(fs.readFileSync("a.txt", "utf8")));
console.log(fs.readFileSync("a.txt"));
console.log(fs.readFileSync("a.txt", { encoding: "base64" }));
console.log(fs.existsSync("a.txt"), fs.existsSync("missing.txt"));
const st = fs.statSync("a.txt");
console.log(st.isFile(), st.isDirectory(), st.size, (st.mode & 0o777).toString(8), st.mtime instanceof Date);
console.log(fs.statSync(".").isDirectory());
fs.unlinkSync("a.txt");
console.log(fs.existsSync("a.txt"));
