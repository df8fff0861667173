import "./b.ts";
export const value: number = 42;
export class Thing {}
export let counter = 0;
