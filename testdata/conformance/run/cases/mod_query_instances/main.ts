// A query string or fragment makes a separate module instance (a different
// URL); the same URL is the same instance.
const a = await import("./counter.ts");
const b = await import("./counter.ts?v=2");
const c = await import("./counter.ts?v=2");
console.log(a === b, b === c, a.id, b.id);
