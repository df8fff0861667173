// fs.promises.open returns a FileHandle.
import { open } from "node:fs/promises";
const fh = await open("h.txt", "w");
console.log(typeof fh.fd);
await fh.write("first ");
await fh.writeFile("second");
await fh.close();
const rh = await open("h.txt");
console.log(await rh.readFile("utf8"));
const { bytesRead, buffer } = await rh.read(Buffer.alloc(5), 0, 5, 0);
console.log(bytesRead, buffer.toString());
console.log((await rh.stat()).size);
await rh.close();
