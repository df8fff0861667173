// An .mts file is always an ES module, even without import/export.
const log = (s: string): void => console.log(s);
process.nextTick(() => log("nextTick"));
Promise.resolve().then(() => log("promise"));
log("sync, typeof require: " + typeof require);
