export const log: string[] = [];
console.log("log.ts");
