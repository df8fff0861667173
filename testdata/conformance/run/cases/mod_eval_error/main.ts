// A module that throws while evaluating: every import of it rejects with the
// same error, and its body does not run again.
for (let i = 0; i < 2; i++) {
  try {
    await import("./throws.ts");
  } catch (e) {
    console.log(i, (e as Error).message);
  }
}
try {
  await import("./imports-throws.ts");
} catch (e) {
  console.log("dependent:", (e as Error).message);
}
