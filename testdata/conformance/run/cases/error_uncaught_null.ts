// Throwing null and numbers.
console.log("start");
throw null;
