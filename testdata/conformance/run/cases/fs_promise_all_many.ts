// Many concurrent reads: Promise.all keeps input order.
import { writeFile, readFile } from "node:fs/promises";
const names = Array.from({ length: 50 }, (_, i) => `f${i}.txt`);
await Promise.all(names.map((n, i) => writeFile(n, String(i * i))));
const contents = await Promise.all(names.map((n) => readFile(n, "utf8")));
console.log(contents.map(Number).reduce((a, b) => a + b, 0), contents.slice(0, 8));
