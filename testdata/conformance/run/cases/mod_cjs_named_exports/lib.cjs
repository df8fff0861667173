exports.add = function (a, b) {
  return a + b;
};
exports.name = "lib";
Object.defineProperty(exports, "viaDefine", { enumerable: true, value: "defined" });
const hidden = "computed";
exports[hidden] = 1;
module.exports.later = true;
