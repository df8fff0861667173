export interface Shape { w: number; h: number }
console.log("shape.ts evaluated");
