console.log("bad runs");
await new Promise((_, reject) => setTimeout(() => reject(new Error("tla failed")), 5));
export const never = 1;
