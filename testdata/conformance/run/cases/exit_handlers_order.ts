// beforeExit then exit; exit listeners run in registration order and get
// the code; work scheduled in an exit listener never runs.
process.on("beforeExit", (code) => console.log("beforeExit", code));
process.on("exit", (code) => {
  console.log("exit 1", code);
  setTimeout(() => console.log("never"), 0);
  Promise.resolve().then(() => console.log("never either"));
});
process.once("exit", (code) => console.log("exit 2", code));
console.log("main");
