// Builtins with and without the node: prefix, default and named imports.
import fs, { readFileSync } from "fs";
import * as fsNs from "node:fs";
import path from "node:path";
import { join } from "path";
import { EventEmitter } from "events";
import EE from "node:events";
import process2 from "process";
import { EOL } from "node:os";
console.log(fs === fsNs.default, readFileSync === fs.readFileSync, fsNs.readFileSync === readFileSync);
console.log(path.join === join, EventEmitter === EE, process2 === process);
console.log(JSON.stringify(EOL));
console.log(typeof fsNs.promises.readFile, "default" in fsNs);
const util = await import("util");
const util2 = await import("node:util");
console.log(util === util2, typeof util.format, util.format("%s=%d", "x", 1));
