// newListener fires before a listener is added; removeListener after removal.
import { EventEmitter } from "node:events";
const e = new EventEmitter();
e.on("newListener", (name: string | symbol, fn: Function) => {
  console.log("newListener", String(name), e.listenerCount(name));
});
e.on("removeListener", (name: string | symbol) => console.log("removeListener", String(name)));
const f = () => {};
e.on("a", f);
e.once("b", f);
e.on(Symbol("sym"), f);
e.off("a", f);
e.emit("b");
console.log(e.eventNames());
