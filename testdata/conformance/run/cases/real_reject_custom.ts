// An async main whose failure is an unhandled rejection of a custom error.
class RetryError extends Error {
  attempts: number;
  constructor(attempts: number) { super(`failed after ${attempts} attempts`); this.name = "RetryError"; this.attempts = attempts; }
}
async function main() {
  await new Promise((r) => setTimeout(r, 5));
  console.log("working");
  throw new RetryError(3);
}
main();
