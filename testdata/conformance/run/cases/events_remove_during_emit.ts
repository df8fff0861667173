// Removing or adding listeners during emit does not change the current emit.
import { EventEmitter } from "node:events";
const e = new EventEmitter();
const b = () => console.log("b");
e.on("ev", () => {
  console.log("a removes b, adds c");
  e.off("ev", b);
  e.on("ev", () => console.log("c"));
});
e.on("ev", b);
e.emit("ev");
console.log("-- second emit");
e.emit("ev");
