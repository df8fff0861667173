// console.log of fs errors from the three API forms.
import fs from "node:fs";
try {
  fs.readFileSync("nope.txt");
} catch (e) {
  console.log(e);
}
fs.readFile("nope.txt", (err) => {
  console.log(err);
  fs.promises.readFile("nope.txt").catch((e) => {
    console.log(e);
    console.log(e instanceof Error, Object.keys(e));
  });
});
