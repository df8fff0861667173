// Throwing inside an 'exit' listener.
process.on("exit", () => {
  console.log("exit listener");
  throw new Error("from exit listener");
});
console.log("main");
