// Calls of non-functions, caught and uncaught: V8 names the callee as the
// source spells it.
const notFn: any = 5;
const o: any = { a: {} };
const make = (): any => 1;
for (const f of [() => notFn(), () => o.a.b(), () => make()(), () => o?.a(), () => new notFn()]) {
  try {
    f();
  } catch (e) {
    console.log((e as Error).name + ": " + (e as Error).message);
  }
}
o.a.run();
