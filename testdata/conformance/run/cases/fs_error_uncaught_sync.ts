// An uncaught fs error from a sync call.
import { readFileSync } from "node:fs";
const config: string = readFileSync("config.json", "utf8");
console.log(config);
