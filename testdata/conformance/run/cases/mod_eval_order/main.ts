// Post-order, left to right; a shared dependency runs once.
import "./a.ts";
import "./b.ts";
import { log } from "./log.ts";
log.push("main");
console.log(log.join(" "));
