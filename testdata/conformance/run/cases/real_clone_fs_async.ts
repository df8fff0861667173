// fs/promises with async/await, ENOENT errors as printed, and structuredClone of app state.
import { readFile, writeFile, readdir, mkdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
async function main() {
  const dir = join(process.cwd(), "work");
  await mkdir(join(dir, "nested"), { recursive: true });
  await Promise.all(["b.txt", "a.txt", "nested/c.txt"].map((f, i) => writeFile(join(dir, f), `file ${i}\n`.repeat(i + 1))));
  console.log((await readdir(dir)).sort(), (await readdir(dir, { recursive: true })).sort());
  console.log(await readFile(join(dir, "nested/c.txt"), "utf8"));
  const s = await stat(join(dir, "b.txt"));
  console.log(s.size, s.isFile(), s.isDirectory());
  try { await readFile(join(dir, "missing.json"), "utf8"); }
  catch (e) {
    const err = e as NodeJS.ErrnoException;
    console.log(err.code, err.errno, err.syscall, err.path?.replace(process.cwd(), "<cwd>"));
    console.log(String(err).replace(process.cwd(), "<cwd>"));
  }
  await rm(dir, { recursive: true });
  console.log("removed", await stat(dir).then(() => "exists", (e) => e.code));
  const state = { users: new Map([[1, { name: "ada", joined: new Date(0), tags: new Set(["a"]) }]]), re: /x+/gi, buf: new Uint8Array([1, 2]), nested: { arr: [1, [2, 3]] } as any };
  state.nested.self = state.nested;
  const copy = structuredClone(state);
  console.log(copy, copy.nested.self === copy.nested, copy.users.get(1)!.joined instanceof Date, copy !== state);
  const err = structuredClone(new RangeError("cloned", { cause: "why" }));
  console.log(err instanceof RangeError, err.message, (err as any).cause);
  class Point { x = 1; get len() { return 1; } }
  const p = structuredClone(new Point());
  console.log(p, p instanceof Point, Object.getPrototypeOf(p) === Object.prototype);
  for (const bad of [Symbol("s"), { f: Math.max }, new WeakMap()]) {
    try { structuredClone(bad); } catch (e) { console.log((e as Error).name, (e as Error).message); }
  }
}
main();
