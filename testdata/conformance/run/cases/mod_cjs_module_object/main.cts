// The CommonJS module scope: this, module, exports, require.main, cache.
const dep = require("./dep.cjs");
console.log(this === module.exports, exports === module.exports);
console.log(require.main === module, dep.isMain, dep.parentIsMain);
console.log(typeof __filename, __filename.endsWith("main.cts"), __dirname.length > 0);
console.log(module.id, module.loaded, dep.loadedInside);
console.log(Object.keys(require.cache).map((k) => k.slice(k.lastIndexOf("/") + 1)).sort());
console.log(require("./dep.cjs") === dep, dep.count);
