// once, prependListener, prependOnceListener and listener order.
import EventEmitter from "node:events";
const e = new EventEmitter();
e.on("ev", () => console.log("on"));
e.once("ev", () => console.log("once"));
e.prependListener("ev", () => console.log("prepended"));
e.prependOnceListener("ev", () => console.log("prepended once"));
e.emit("ev");
console.log("--");
e.emit("ev");
console.log(e.listeners("ev").length, e.rawListeners("ev").length);
