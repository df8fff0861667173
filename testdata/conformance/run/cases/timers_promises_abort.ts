// Aborting timers/promises with an AbortSignal.
import { setTimeout as sleep, setImmediate as nextIteration } from "node:timers/promises";
const ac = new AbortController();
const p = sleep(1000, "never", { signal: ac.signal });
ac.abort();
try {
  await p;
} catch (e) {
  const err = e as NodeJS.ErrnoException;
  console.log(err.name, err.code, err.message);
}
try {
  await nextIteration("x", { signal: AbortSignal.abort("why") });
} catch (e) {
  const err = e as NodeJS.ErrnoException & { cause?: unknown };
  console.log(err.name, err.code, err.cause);
}
const kept = await sleep(1, "ref false is fine", { ref: false });
console.log(kept);
