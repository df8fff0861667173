exports.hello = (who) => "hello " + who + " from " + require("path").basename(__filename);
