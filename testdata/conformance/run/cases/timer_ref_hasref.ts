// ref/unref/hasRef return values, and re-ref keeping the process alive.
const t = setTimeout(() => console.log("fired after re-ref"), 5);
console.log(t.hasRef());
console.log(t.unref() === t, t.hasRef());
console.log(t.ref() === t, t.hasRef());
const i = setImmediate(() => console.log("immediate fired"));
console.log(i.hasRef(), i.unref() === i, i.hasRef());
i.ref();
