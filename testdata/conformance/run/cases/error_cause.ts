// Error causes in console.log output and in the uncaught report.
const root = new Error("root cause");
const wrapped = new Error("wrapper", { cause: root });
console.log(wrapped.cause === root);
console.log({ message: wrapped.message, causeMessage: (wrapped.cause as Error).message });
const withValueCause = new Error("value cause", { cause: { code: 7 } });
console.log(withValueCause.cause);
throw wrapped;
