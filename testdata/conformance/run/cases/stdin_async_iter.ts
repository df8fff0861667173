// @stdin: 3
// @stdin: 4
// @stdin: 5
// Reading stdin with for await.
let total = 0;
for await (const chunk of process.stdin) {
  for (const n of String(chunk).split("\n")) if (n) total += Number(n);
}
console.log("sum", total);
