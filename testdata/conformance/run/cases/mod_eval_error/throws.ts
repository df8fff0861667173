console.log("throws.ts runs");
export const before = 1;
throw new TypeError("evaluation failed");
