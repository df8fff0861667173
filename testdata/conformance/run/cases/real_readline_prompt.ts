// @stdin: Ada
// @stdin: 36
// @stdin: blue
// A question/answer script on readline/promises; piped lines that arrive
// while no question is pending go to the line listeners (or are lost).
import { createInterface } from "node:readline/promises";
const input = process.stdin, output = process.stdout;
const rl = createInterface({ input, output });
const name = await rl.question("What is your name? ");
console.log(`Hi ${name}!`);
rl.on("line", (l) => console.log("extra line:", l));
rl.on("close", () => console.log("bye"));
