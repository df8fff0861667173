// Awaiting thenables and resolving with them.
const thenable = {
  then(resolve: (v: string) => void): void {
    console.log("then called");
    resolve("from thenable");
  },
};
(async () => {
  const v = await thenable;
  console.log("awaited:", v);
})();
Promise.resolve(thenable).then((v) => console.log("resolved with:", v));
Promise.resolve().then(() => console.log("plain job"));
console.log("sync");
