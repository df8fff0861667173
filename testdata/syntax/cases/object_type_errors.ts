type T = { a: number b: string };
type U = { [k in keyof T]: };
