// beforeExit fires each time the loop empties; scheduling work from it
// keeps the process going, and it fires again afterwards.
let rounds = 0;
process.on("beforeExit", (code: number) => {
  rounds++;
  console.log("beforeExit", rounds, code);
  if (rounds < 3) setTimeout(() => console.log("timer from beforeExit", rounds), 1);
});
process.on("exit", (code) => console.log("exit", code, "after", rounds, "rounds"));
console.log("main");
