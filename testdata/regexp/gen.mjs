// Writes Node's answer for every regexp case read from stdin ("flags
// pattern" per line, from names.go): the code points the pattern matches
// alone (^…$), as hex ranges, or SyntaxError. Run by
// scripts/gen-regexp-golden.sh under Node 26; never edit golden.txt.
import { readFileSync } from "node:fs";

const lines = readFileSync(0, "utf8").split("\n").filter(Boolean);
const out = [`# Node ${process.versions.node}, Unicode ${process.versions.unicode}: code points each pattern matches (hex ranges)`];
for (const line of lines) {
  const sp = line.indexOf(" ");
  const flags = line.slice(0, sp), pattern = line.slice(sp + 1);
  let re;
  try {
    re = new RegExp(`^(?:${pattern})$`, flags);
  } catch {
    out.push(`${line}\tSyntaxError`);
    continue;
  }
  const ranges = [];
  let lo = -1;
  for (let c = 0; c <= 0x110000; c++) {
    const m = c <= 0x10ffff && re.test(String.fromCodePoint(c));
    if (m && lo < 0) lo = c;
    if (!m && lo >= 0) {
      ranges.push(lo === c - 1 ? lo.toString(16) : `${lo.toString(16)}-${(c - 1).toString(16)}`);
      lo = -1;
    }
  }
  out.push(`${line}\t${ranges.join(",")}`);
}
process.stdout.write(out.join("\n") + "\n");
