// An fs/promises error that nobody catches.
import { readFile } from "node:fs/promises";
console.log("reading");
await readFile("missing-dir/file.txt");
