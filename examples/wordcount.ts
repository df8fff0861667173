// Counts lines, words and the most frequent words of text files, like a
// small `wc` with a frequency table. Reads files concurrently with
// fs/promises.
//
//	tsrun examples/wordcount.ts FILE...
import { readFile } from "node:fs/promises";
import { basename } from "node:path";

type Counts = { file: string; lines: number; words: number; top: Array<[string, number]> };

async function count(file: string): Promise<Counts> {
  const text = await readFile(file, "utf8");
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  const freq = new Map<string, number>();
  for (const w of words) freq.set(w, (freq.get(w) ?? 0) + 1);
  const top = [...freq].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3);
  return { file: basename(file), lines: text.split("\n").length - (text.endsWith("\n") ? 1 : 0), words: words.length, top };
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: wordcount.ts FILE...");
  process.exit(2);
}
const results = await Promise.allSettled(files.map(count));
for (const r of results) {
  if (r.status === "fulfilled") {
    const { file, lines, words, top } = r.value;
    console.log(`${file}: ${lines} lines, ${words} words, top: ${top.map(([w, n]) => `${w}×${n}`).join(", ")}`);
  } else {
    const e = r.reason as NodeJS.ErrnoException;
    console.error(`wordcount: ${e.code === "ENOENT" ? `no such file: ${e.path}` : e.message}`);
    process.exitCode = 1;
  }
}
