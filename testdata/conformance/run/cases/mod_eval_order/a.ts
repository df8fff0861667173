import { log } from "./log.ts";
import "./shared.ts";
log.push("a");
