// Async generators and for await.
async function* countdown(n: number): AsyncGenerator<number> {
  while (n > 0) {
    await new Promise<void>((r) => setImmediate(r));
    yield n--;
  }
}
async function main(): Promise<void> {
  for await (const v of countdown(3)) console.log("got", v);
  const arr: number[] = [];
  for await (const v of [Promise.resolve(1), 2, Promise.resolve(3)]) arr.push(v);
  console.log(arr);
}
main().then(() => console.log("done"));
console.log("sync");
