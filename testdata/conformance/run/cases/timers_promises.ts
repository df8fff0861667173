// timers/promises: setTimeout, setImmediate, setInterval with values.
import { setTimeout as sleep, setImmediate as nextIteration, setInterval as every } from "node:timers/promises";
const v: string = await sleep(5, "slept");
console.log(v);
console.log(await nextIteration("immediate value"));
let n = 0;
for await (const x of every(2, "tick")) {
  console.log(x, ++n);
  if (n === 3) break;
}
const order: string[] = [];
await Promise.all([sleep(60).then(() => order.push("60")), sleep(30).then(() => order.push("30")), nextIteration().then(() => order.push("imm"))]);
console.log(order);
