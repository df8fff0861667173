exports.isMain = require.main === module;
exports.parentIsMain = require.main.filename.endsWith("main.cts");
exports.loadedInside = module.loaded;
exports.count = (exports.count || 0) + 1;
