const { PI } = require("./math.cts");
module.exports = { area: (r: number): number => PI * r * r };
