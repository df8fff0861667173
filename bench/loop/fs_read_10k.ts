// Reads the 10,000 small files of ./files (made by run.sh) at once with
// fs/promises and Promise.all; prints the count and total size.
import { readdir, readFile } from "node:fs/promises";
const names: string[] = await readdir("files");
const bodies: Buffer[] = await Promise.all(names.map((n) => readFile(`files/${n}`)));
let total = 0;
for (const b of bodies) total += b.length;
console.log(bodies.length, total);
