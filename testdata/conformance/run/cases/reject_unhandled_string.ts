// Rejecting with a string.
const p: Promise<never> = new Promise((_, reject) => reject("nope"));
console.log("start");
