// Importing JSON with an import attribute, and requiring it from CommonJS.
import config from "./config.json" with { type: "json" };
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const again = require("./config.json");
console.log(config, config.name, again.port, again === config);
