// CommonJS: require, module.exports, exports, caching, require.cache keys.
const math = require("./math.cts");
const again = require("./math.cts");
const { format } = require("node:util");
console.log(math.add(2, 3), math.PI, again === math, math.loads);
console.log(format("%s from %s", "hi", "cjs"), typeof module.exports);
const shape: { area(r: number): number } = require("./shape.cts");
console.log(shape.area(1).toFixed(3));
