// Printing a function's source, as debugging helpers and DataCloneError do.
function add(a: number, b: number): number { return a + b; }
const arrow = (x: number) => x * 2;
console.log(add.toString());
console.log(String(arrow), `${(s: string) => s.trim()}`);
try { structuredClone({ f() { return 1; } }); } catch (e) { console.log((e as Error).message); }
