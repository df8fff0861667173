// @stdin: 1 + 2
// @stdin: 10 / 4
// @stdin: bad
// @stdin: 2 * -3
// @stdin: quit
// @stdin: ignored
// A tiny REPL calculator on readline with a prompt, reading piped stdin.
import * as readline from "node:readline";
const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: false });
rl.setPrompt("calc> ");
rl.prompt();
rl.on("line", (line) => {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*([-+*/])\s*(-?\d+(?:\.\d+)?)\s*$/.exec(line);
  if (line.trim() === "quit") { rl.close(); return; }
  if (!m) console.log(`error: cannot parse ${JSON.stringify(line)}`);
  else { const [a, op, b] = [Number(m[1]), m[2], Number(m[3])]; const r = op === "+" ? a + b : op === "-" ? a - b : op === "*" ? a * b : a / b; console.log(`= ${Number.isInteger(r) ? r : r.toFixed(4)}`); }
  rl.prompt();
});
rl.on("close", () => { console.log("\ngoodbye"); process.exit(0); });
