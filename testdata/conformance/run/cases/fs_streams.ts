// Write and read streams: events in order, pipe to another file.
import fs from "node:fs";
const out = fs.createWriteStream("stream.txt");
for (let i = 1; i <= 3; i++) out.write(`line ${i}\n`);
out.end("last\n");
out.on("finish", () => console.log("finish, bytes:", out.bytesWritten));
out.on("close", () => {
  console.log("write stream closed");
  const chunks: string[] = [];
  const rs = fs.createReadStream("stream.txt", { encoding: "utf8" });
  rs.on("open", () => console.log("open"));
  rs.on("data", (c) => chunks.push(c as string));
  rs.on("end", () => console.log("end", JSON.stringify(chunks.join(""))));
  rs.on("close", () => {
    console.log("close");
    fs.createReadStream("stream.txt")
      .pipe(fs.createWriteStream("copy.txt"))
      .on("finish", () => console.log("copied:", fs.readFileSync("copy.txt", "utf8").length));
  });
});
