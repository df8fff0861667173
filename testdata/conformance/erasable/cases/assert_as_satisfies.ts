declare const x: unknown;
const a = x as number;
const b = { k: 1 } satisfies { k: number };
const c = [1] as const;
export { a, b, c };
