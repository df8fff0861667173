// ms@2.1.3: a CommonJS package (module.exports = function) imported from ESM.
import ms from "ms";
console.log(ms("2 days"), ms("1h"), ms(60000), ms(2 * 60000, { long: true }));
console.log(typeof ms, ms("nonsense"));
