// rm, rmdir and unlink, with and without recursive/force.
import fs from "node:fs";
fs.mkdirSync("tree/branch", { recursive: true });
fs.writeFileSync("tree/branch/leaf.txt", "x");
fs.writeFileSync("single.txt", "x");
const code = (f: () => void): string => {
  try {
    f();
    return "ok";
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? String(e);
  }
};
console.log("rmdir non-empty:", code(() => fs.rmdirSync("tree")));
console.log("rm dir without recursive:", code(() => fs.rmSync("tree")));
console.log("rm recursive:", code(() => fs.rmSync("tree", { recursive: true })));
console.log("rm missing:", code(() => fs.rmSync("nothing")));
console.log("rm missing force:", code(() => fs.rmSync("nothing", { force: true })));
console.log("unlink dir:", code(() => fs.unlinkSync(".")));
console.log("rm file:", code(() => fs.rmSync("single.txt")));
console.log(fs.readdirSync("."));
await fs.promises.mkdir("again/deeper", { recursive: true });
await fs.promises.rm("again", { recursive: true });
console.log(fs.existsSync("again"));
