// Scheduling: timers/promises, retries with backoff, timeouts with AbortController, microtask order.
import { setTimeout as sleep, setImmediate as immediate } from "node:timers/promises";
const log: string[] = [];
async function retry<T>(fn: (n: number) => Promise<T>, attempts: number, base = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try { return await fn(i); }
    catch (e) { log.push(`attempt ${i} failed: ${(e as Error).message}`); if (i >= attempts) throw e; await sleep(base * 2 ** (i - 1)); }
  }
}
async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  const ac = new AbortController();
  try { return await Promise.race([p, sleep(ms, undefined, { signal: ac.signal }).then(() => { throw new Error(`timed out after ${ms}ms`); })]); }
  finally { ac.abort(); }
}
async function main() {
  const v = await retry(async (n) => { if (n < 3) throw new Error(`flaky #${n}`); return `ok on ${n}`; }, 5);
  console.log(v); console.log(log.join("\n"));
  try { await retry(async () => { throw new Error("always"); }, 2); } catch (e) { console.log("gave up:", (e as Error).message); }
  console.log(await withTimeout(sleep(1, "fast"), 200));
  try { await withTimeout(sleep(300, "slow"), 20); } catch (e) { console.log((e as Error).message); }
  const order: string[] = [];
  setTimeout(() => order.push("timeout"), 0);
  setImmediate(() => order.push("immediate"));
  process.nextTick(() => order.push("tick"));
  queueMicrotask(() => order.push("microtask"));
  Promise.resolve().then(() => order.push("promise"));
  await immediate(); await sleep(10);
  console.log(order.join(" < "));
  const ac = new AbortController();
  const p = sleep(1000, null, { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log((e as Error).name, (e as any).code, (e as Error).message); }
  const started = Date.now();
  const results = await Promise.all([sleep(30, "a"), sleep(10, "b"), sleep(20, "c")]);
  console.log(results, Date.now() - started >= 25);
  const iv = setInterval(() => { ticks++; if (ticks === 3) { clearInterval(iv); console.log("interval done", ticks); } }, 5);
  let ticks = 0;
  const t = setTimeout(() => console.log("never"), 10000); t.unref();
  console.log(typeof t.ref, t.hasRef(), typeof t[Symbol.toPrimitive]);
}
main();
process.on("exit", (code) => console.log("exit", code));
