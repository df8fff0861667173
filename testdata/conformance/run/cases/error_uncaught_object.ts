// Throwing a plain object prints it inspected.
const payload: { code: number; detail: string[] } = { code: 42, detail: ["a", "b"] };
throw payload;
