import x = require("./export_equals_dts");
export = x;
