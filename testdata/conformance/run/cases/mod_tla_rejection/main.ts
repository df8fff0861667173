// A dependency whose top-level await rejects: the import rejects with that
// error, and importing it again rejects with the same error (no re-run).
const first = await import("./bad.ts").catch((e: Error) => e);
const second = await import("./bad.ts").catch((e: Error) => e);
console.log((first as Error).message, first === second);
console.log("dependent:", await import("./uses-bad.ts").catch((e: Error) => e.message));
