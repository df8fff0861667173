// fs/promises: the same operations with await.
import { writeFile, readFile, appendFile, stat, unlink, readdir } from "node:fs/promises";
await writeFile("c.txt", "line 1\n");
await appendFile("c.txt", "line 2\n");
const text: string = await readFile("c.txt", "utf8");
console.log(text.split("\n"));
console.log((await stat("c.txt")).size);
console.log(await readdir("."));
console.log(await unlink("c.txt"));
console.log(await readdir("."));
