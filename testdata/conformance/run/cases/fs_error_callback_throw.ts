// The classic `if (err) throw err` in an fs callback.
import fs from "node:fs";
fs.readFile("missing.txt", "utf8", (err, data) => {
  if (err) throw err;
  console.log(data);
});
