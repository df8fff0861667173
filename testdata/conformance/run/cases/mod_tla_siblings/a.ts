console.log("a start");
await new Promise<void>((r) => setTimeout(r, 20));
console.log("a end");
