// require() of an ES module (Node 22.12+): the namespace object.
const ns = require("./esm.mts");
console.log(ns.value, ns.default, Object.keys(ns));
console.log(Object.prototype.toString.call(ns));
const again = require("./esm.mts");
console.log(again === ns);
const withDefault = require("./cjs-shape.mts");
console.log(withDefault);
try {
  require("./tla.mts");
} catch (e) {
  console.log((e as any).code);
}
