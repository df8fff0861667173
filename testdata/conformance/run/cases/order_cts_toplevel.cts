// A .cts file is always CommonJS: require and module exist.
const log = (s: string): void => console.log(s);
process.nextTick(() => log("nextTick"));
Promise.resolve().then(() => log("promise"));
const path = require("node:path");
log("sync " + typeof module + " " + typeof exports + " " + path.basename(__filename));
