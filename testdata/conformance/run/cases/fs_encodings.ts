// Writing and reading with encodings.
import fs from "node:fs";
fs.writeFileSync("bin", Buffer.from([0xde, 0xad, 0xbe, 0xef]));
console.log(fs.readFileSync("bin", "hex"), fs.readFileSync("bin", "base64"), fs.readFileSync("bin", "latin1").length);
fs.writeFileSync("hex", "48656c6c6f", "hex");
console.log(fs.readFileSync("hex", "utf8"));
fs.writeFileSync("u.txt", "héllo ✓");
console.log(fs.readFileSync("u.txt").length, fs.readFileSync("u.txt", "utf8"));
fs.writeFileSync("arr", new Uint8Array([65, 66, 67]));
console.log(fs.readFileSync("arr", { encoding: "utf8", flag: "r" }));
fs.writeFileSync("flag.txt", "a");
fs.writeFileSync("flag.txt", "b", { flag: "a" });
console.log(fs.readFileSync("flag.txt", "utf8"));
