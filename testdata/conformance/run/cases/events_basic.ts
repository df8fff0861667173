// EventEmitter: on, emit, arguments, this, return values, counts.
import { EventEmitter } from "node:events";
const e = new EventEmitter();
console.log(e.emit("nothing"));
e.on("data", function (this: EventEmitter, a: number, b: string) {
  console.log("listener 1", a, b, this === e);
});
e.on("data", (...args: unknown[]) => console.log("listener 2", args));
console.log(e.emit("data", 1, "two", { three: 3 }));
console.log(e.listenerCount("data"), e.eventNames());
const l = () => console.log("removed");
e.on("x", l);
e.off("x", l);
console.log(e.emit("x"), e.listenerCount("x"));
e.addListener("y", () => console.log("y"));
e.removeAllListeners("y");
console.log(e.emit("y"));
console.log(e.getMaxListeners(), EventEmitter.defaultMaxListeners);
