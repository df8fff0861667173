// A rejection handled before the microtask queue drains is not unhandled.
const p = Promise.reject(new Error("handled"));
process.nextTick(() => {
  p.catch((e: Error) => console.log("caught:", e.message));
});
Promise.reject(new Error("x")).then(null, (e: Error) => console.log("onRejected:", e.message));
(async () => {
  try {
    await Promise.reject(new Error("awaited"));
  } catch (e) {
    console.log("try/catch:", (e as Error).message);
  }
})();
Promise.allSettled([Promise.reject(1), Promise.resolve(2)]).then((r) => console.log(r));
Promise.any([Promise.reject(new Error("a")), Promise.reject(new Error("b"))]).catch((e: AggregateError) =>
  console.log(e.constructor.name, e.errors.map((x: Error) => x.message)),
);
