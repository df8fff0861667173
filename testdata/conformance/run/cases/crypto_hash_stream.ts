// Hash and Hmac are Transform streams: write/end then read, setEncoding,
// pipe from a file stream, stream.pipeline; and update/digest still work
// on a hash never used as a stream.
import { createHash, createHmac, Hash } from "node:crypto";
import { Transform, Readable, pipeline } from "node:stream";
import fs from "node:fs";

const h = createHash("sha256");
console.log(h);
h.write("hello ");
h.end("world");
h.setEncoding("hex");
h.on("readable", () => {
  const d = h.read();
  if (d) console.log("read", d);
});
h.on("finish", () => console.log("finish"));
console.log(h instanceof Transform, createHash("md5") instanceof Hash);
console.log(createHash("md5").update("x").digest("hex"));

const hm = createHmac("sha256", "k");
pipeline(Readable.from(["a", "b"]), hm, (err) => {
  console.log("pipeline", err, hm.read().toString("base64"));
  fs.writeFileSync("data.txt", "some file data");
  const h2 = createHash("sha1");
  fs.createReadStream("data.txt")
    .pipe(h2)
    .on("data", (d: Buffer) => console.log("pipe", d.toString("hex")))
    .on("end", () => console.log("end"));
});
