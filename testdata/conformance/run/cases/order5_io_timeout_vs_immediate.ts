// Inside an I/O callback, setImmediate always runs before setTimeout(0):
// poll is followed by check, the next timers phase comes after.
import * as fs from "node:fs";
fs.writeFileSync("f.txt", "x");
fs.readFile("f.txt", () => {
  setTimeout(() => console.log("timeout"), 0);
  setImmediate(() => console.log("immediate"));
  process.nextTick(() => console.log("nextTick"));
  console.log("readFile callback");
});
