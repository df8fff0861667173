import x = require("x");
