// @stdin: first line
// @stdin: second line
// Reading all of stdin with events.
let data = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk: string) => {
  data += chunk;
});
process.stdin.on("end", () => {
  const lines: string[] = data.split("\n").filter(Boolean);
  console.log(lines.length, lines.map((l) => l.toUpperCase()));
});
