// A read stream on a missing file emits 'error' (and then 'close').
import fs from "node:fs";
const rs = fs.createReadStream("missing.txt");
rs.on("error", (err: NodeJS.ErrnoException) => console.log("error", err.code, err.syscall));
rs.on("close", () => console.log("close"));
rs.on("data", () => console.log("data (never)"));
