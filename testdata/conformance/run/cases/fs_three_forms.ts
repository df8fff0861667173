// The three API forms give the same results.
import fs from "node:fs";
import fsp from "node:fs/promises";
import { promisify } from "node:util";
fs.writeFileSync("data.json", JSON.stringify({ n: 1 }));
const viaSync = fs.readFileSync("data.json", "utf8");
fs.readFile("data.json", "utf8", async (err, viaCallback) => {
  const viaPromises = await fsp.readFile("data.json", "utf8");
  const viaFsPromises = await fs.promises.readFile("data.json", "utf8");
  const viaPromisify = await promisify(fs.readFile)("data.json", "utf8");
  console.log(err, viaSync === viaCallback, viaCallback === viaPromises, viaPromises === viaFsPromises, viaPromisify === viaSync);
  console.log(fs.promises === fsp);
  console.log(JSON.parse(viaSync));
});
