let s: string = null;
const n: number = undefined;
