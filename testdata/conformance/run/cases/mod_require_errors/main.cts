// require() failures: codes and messages as Node's.
for (const spec of ["./missing", "./missing.cjs", "missing-pkg", "node:nope"]) {
  try {
    require(spec);
  } catch (e) {
    const err = e as Error & { code?: string; requireStack?: string[] };
    console.log(err.code, JSON.stringify(err.message));
  }
}
try {
  require("./broken.cjs");
} catch (e) {
  console.log((e as Error).name, (e as Error).message);
}
try {
  require("./broken.cjs");
} catch (e) {
  console.log("again:", (e as Error).message);
}
