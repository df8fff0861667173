const g = globalThis as { n?: number };
g.n = (g.n ?? 0) + 1;
export const id = g.n;
console.log("counter evaluated", import.meta.url.slice(import.meta.url.lastIndexOf("/") + 1));
