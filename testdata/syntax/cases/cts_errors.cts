import x = require("x"
export = ;
