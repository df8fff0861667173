// An error thrown in a queueMicrotask callback is an uncaught exception.
queueMicrotask(() => console.log("first"));
queueMicrotask(() => {
  throw new Error("from microtask");
});
queueMicrotask(() => console.log("third"));
