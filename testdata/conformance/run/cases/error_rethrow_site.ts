// The uncaught-error header names the throw statement that last threw the
// value (here a rethrow in a catch block), not where the Error was made.
const early = new Error("made early");
function work(): void {
  try {
    throw early;
  } catch (err) {
    console.log("caught once:", (err as Error).message);
    throw err;
  }
}
work();
