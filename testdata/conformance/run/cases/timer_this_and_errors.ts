// `this` in timer callbacks, and invalid callbacks.
const t = setTimeout(function (this: unknown) {
  console.log("this is the timer:", this === t);
}, 0);
for (const bad of [undefined, "code", 5]) {
  try {
    setTimeout(bad as any, 0);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    console.log(err.name, err.code);
  }
}
try {
  setImmediate(null as any);
} catch (e) {
  console.log((e as NodeJS.ErrnoException).code);
}
try {
  process.nextTick(42 as any);
} catch (e) {
  console.log((e as NodeJS.ErrnoException).code);
}
