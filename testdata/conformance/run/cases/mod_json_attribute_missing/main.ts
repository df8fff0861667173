// JSON needs `with { type: "json" }`; a wrong type is refused too.
import data from "./data.json" with { type: "json" };
console.log(data);
for (const load of [
  () => import("./data.json"),
  () => import("./data.json", { with: { type: "css" } }),
  () => import("./other.ts", { with: { type: "json" } }),
]) {
  try {
    await load();
    console.log("loaded");
  } catch (e) {
    const err = e as Error & { code?: string };
    console.log(err.name, err.code, err.message);
  }
}
const again = await import("./data.json", { with: { type: "json" } });
console.log(again.default === data, Object.keys(again));
