import { value, Thing, counter } from "./a.ts";
export const report: string[] = [];
for (const read of [() => value, () => Thing, () => counter]) {
  try {
    report.push("read " + String(read()));
  } catch (e) {
    const err = e as Error;
    report.push(err.constructor.name + ": " + err.message);
  }
}
