// @stdin: the cat sat on the mat
// @stdin: The Dog ate the homework; the cat did not.
// @stdin:
// @stdin: 42 numbers, 3.14 and -7 too
// A wc/word-frequency filter reading stdin line by line with readline.
import { createInterface } from "node:readline";
const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
let lines = 0, words = 0, chars = 0;
const freq = new Map<string, number>();
rl.on("line", (line) => {
  lines++; chars += line.length + 1;
  for (const w of line.toLowerCase().match(/[a-z]+|-?\d+(?:\.\d+)?/g) ?? []) { words++; freq.set(w, (freq.get(w) ?? 0) + 1); }
});
rl.on("close", () => {
  console.log(`${String(lines).padStart(7)}${String(words).padStart(8)}${String(chars).padStart(8)}`);
  const top = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5);
  for (const [w, n] of top) console.log(`${w.padEnd(10, ".")}${"#".repeat(n)} ${n}`);
  const nums = [...freq.keys()].filter((k) => !Number.isNaN(Number(k))).map(Number);
  console.log("numbers:", nums, "sum:", nums.reduce((a, b) => a + b, 0).toFixed(2));
});
