console.log("inner start");
export const innerValue: number = await new Promise<number>((r) => setTimeout(() => r(21), 10));
console.log("inner end");
