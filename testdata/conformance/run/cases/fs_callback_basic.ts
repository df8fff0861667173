// Callback fs: each call completes later, in the poll phase.
import fs from "node:fs";
fs.writeFile("b.txt", "callback data", (err) => {
  console.log("write done", err);
  fs.readFile("b.txt", "utf8", (err, data) => {
    console.log("read", err, data);
    fs.stat("b.txt", (err, st) => {
      console.log("stat", err, st.size);
      fs.unlink("b.txt", (err) => console.log("unlink", err));
    });
  });
});
console.log("scheduled");
