// Interleaving of async functions: each await takes microtask turns.
async function a(): Promise<void> {
  console.log("a1");
  await undefined;
  console.log("a2");
  await Promise.resolve();
  console.log("a3");
}
async function b(): Promise<string> {
  console.log("b1");
  await a();
  console.log("b2");
  return "b done";
}
b().then((v) => console.log(v));
Promise.resolve()
  .then(() => console.log("p1"))
  .then(() => console.log("p2"))
  .then(() => console.log("p3"))
  .then(() => console.log("p4"));
console.log("sync end");
