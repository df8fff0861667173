// ref/unref/hasRef return values, and re-ref keeping the process alive.
// (The order between the 5 ms timer and the immediate depends on how long
// startup takes after the main script, so only the set of fired callbacks
// is printed.)
const fired: string[] = [];
const t = setTimeout(() => fired.push("timer fired after re-ref"), 5);
console.log(t.hasRef());
console.log(t.unref() === t, t.hasRef());
console.log(t.ref() === t, t.hasRef());
const i = setImmediate(() => fired.push("immediate fired after re-ref"));
console.log(i.hasRef(), i.unref() === i, i.hasRef());
i.ref();
process.on("exit", () => console.log(fired.sort()));
