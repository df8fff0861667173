// export * re-exports every name but default; a name two stars provide is
// ambiguous and left out of the namespace; a local export wins over a star.
import * as all from "./all.ts";
import { one, two, shared } from "./all.ts";
console.log(Object.keys(all));
console.log(one, two, shared);
console.log("dup" in all, "default" in all);
const dyn = await import("./all.ts");
console.log(dyn === all);
try {
  await import("./ambiguous.ts");
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
