// A download manager whose emitter fails without an 'error' listener, after beforeExit bookkeeping.
import { EventEmitter } from "node:events";
class Download extends EventEmitter {
  url: string; received = 0;
  constructor(url: string) { super(); this.url = url; }
  start(chunks: number[]) {
    let i = 0;
    const tick = () => {
      if (i === chunks.length) { this.emit("done", this.received); return; }
      const c = chunks[i++];
      if (c < 0) { this.emit("error", Object.assign(new Error(`bad chunk #${i} from ${this.url}`), { code: "EBADCHUNK", chunk: i })); return; }
      this.received += c; this.emit("progress", this.received);
      setImmediate(tick);
    };
    setImmediate(tick);
    return this;
  }
}
const ok = new Download("https://example.com/a").start([10, 20, 30]);
ok.on("progress", (n) => console.log("a progress", n));
ok.on("done", (n) => {
  console.log("a done", n);
  new Download("https://example.com/b").start([5, -1]).on("progress", (n) => console.log("b progress", n));
});
process.on("beforeExit", () => console.log("beforeExit (never: the error ends the process)"));
process.on("exit", (c) => console.log("exit", c));
