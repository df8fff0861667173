// p-limit@6 (with yocto-queue): an ESM-only package ("type": "module",
// object "exports") and its ESM-only dependency.
import pLimit from "p-limit";
const limit = pLimit(2);
const order: string[] = [];
const task = (name: string, ms: number) =>
  limit(async () => {
    order.push("start " + name + " active=" + limit.activeCount);
    await new Promise((r) => setTimeout(r, ms));
    order.push("end " + name);
    return name;
  });
console.log(await Promise.all([task("a", 40), task("b", 5), task("c", 1)]));
console.log(order.join("\n"), limit.pendingCount);
