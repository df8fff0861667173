import type X = require("./export_equals_dts");
export type Y = typeof X;
