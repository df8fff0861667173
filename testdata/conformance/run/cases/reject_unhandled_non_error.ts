// Rejecting with a non-Error value: ERR_UNHANDLED_REJECTION.
console.log("start");
Promise.reject(42);
