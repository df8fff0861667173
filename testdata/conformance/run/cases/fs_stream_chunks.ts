// highWaterMark decides the chunk size; start/end select a range.
import fs from "node:fs";
fs.writeFileSync("abc.txt", "abcdefghijklmnopqrstuvwxyz");
const sizes: number[] = [];
fs.createReadStream("abc.txt", { highWaterMark: 5 })
  .on("data", (c) => sizes.push(c.length))
  .on("end", () => {
    console.log(sizes);
    let s = "";
    fs.createReadStream("abc.txt", { start: 2, end: 6, encoding: "utf8" })
      .on("data", (c) => (s += c))
      .on("end", () => console.log(s));
  });
