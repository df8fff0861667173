// Top-level await on timers and I/O completes normally.
import { readFile, writeFile } from "node:fs/promises";
await writeFile("note.txt", "saved");
const text: string = await readFile("note.txt", "utf8");
console.log("read:", text);
const v = await new Promise<number>((r) => setTimeout(() => r(42), 5));
console.log("value:", v);
