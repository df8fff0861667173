// Two promise chains advance one step per microtask turn; a resolved
// promise returned from then costs two extra turns.
const log: string[] = [];
Promise.resolve()
  .then(() => log.push("a1"))
  .then(() => log.push("a2"))
  .then(() => log.push("a3"))
  .then(() => log.push("a4"));
Promise.resolve()
  .then(() => {
    log.push("b1");
    return Promise.resolve("x");
  })
  .then(() => log.push("b2"));
(async () => {
  log.push("c0");
  await 1;
  log.push("c1");
  await Promise.resolve();
  log.push("c2");
})();
setTimeout(() => console.log(log.join(" ")), 0);
