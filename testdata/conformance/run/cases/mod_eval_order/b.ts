import "./shared.ts";
import { log } from "./log.ts";
log.push("b");
