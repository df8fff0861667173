// Importing a name a module does not export fails at link time, before any
// module of that graph runs (no silent undefined).
for (const spec of ["./wrong-name.ts", "./wrong-default.ts", "./wrong-builtin.ts"]) {
  try {
    await import(spec);
  } catch (e) {
    console.log((e as Error).name + ": " + (e as Error).message);
  }
}
