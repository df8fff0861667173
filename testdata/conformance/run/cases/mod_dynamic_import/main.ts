// import() of literal and computed specifiers; the same module instance is
// shared; failures reject with Node's error codes.
const a = await import("./a.ts");
const name = "a";
const again = await import(`./${name}.ts`);
console.log(a.value, a === again);
const { sep } = await import("node:path");
console.log(sep);
const fsDefault = (await import("fs")).default;
console.log(typeof fsDefault.readFileSync);
for (const spec of ["./missing.ts", "node:nope", "nope-package", "./dir/"]) {
  try {
    await import(spec);
  } catch (e) {
    const err = e as Error & { code?: string };
    console.log(err.name, err.code, err.message);
  }
}
console.log("typeof import() result:", typeof import("./a.ts").then);
