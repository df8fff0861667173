// An EventEmitter-based job queue and a stream pipeline that transforms a file.
import { EventEmitter, once } from "node:events";
import { createReadStream, createWriteStream, writeFileSync, readFileSync, mkdtempSync, rmSync } from "node:fs";
import { Transform, Readable, Writable, pipeline } from "node:stream";
import { pipeline as pipelineP } from "node:stream/promises";
import { join } from "node:path";
import { tmpdir } from "node:os";

class Queue extends EventEmitter {
  #jobs: string[] = [];
  push(j: string) { this.#jobs.push(j); this.emit("added", j, this.#jobs.length); return this; }
  drain() { while (this.#jobs.length) this.emit("job", this.#jobs.shift()); this.emit("empty"); }
}
const q = new Queue();
q.on("added", (j, n) => console.log(`added ${j} (${n} pending)`));
q.once("job", (j) => console.log("first job:", j));
q.on("job", (j) => console.log("job:", j));
q.prependListener("job", (j) => console.log("pre:", j));
q.on("empty", () => console.log("queue empty"));
q.push("a").push("b").drain();
console.log(q.listenerCount("job"), q.eventNames(), q.getMaxListeners());
q.off("added", q.listeners("added")[0] as any);
q.push("c");
try { q.emit("error", new Error("boom")); } catch (e) { console.log("unhandled error event:", (e as Error).message); }
const dir = mkdtempSync(join(tmpdir(), "stream-"));
const src = join(dir, "in.csv"), dst = join(dir, "out.txt");
writeFileSync(src, "name,qty,price\nwidget,3,2.50\ngadget,10,0.99\nthing,1,100\n");
class CsvToLines extends Transform {
  #rest = ""; #header: string[] | null = null;
  constructor() { super({ readableObjectMode: false }); }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: (e?: Error | null) => void) {
    const lines = (this.#rest + chunk.toString()).split("\n"); this.#rest = lines.pop() ?? "";
    for (const l of lines) this.#line(l);
    cb();
  }
  override _flush(cb: () => void) { if (this.#rest) this.#line(this.#rest); this.push("-- end --\n"); cb(); }
  #line(l: string) {
    const cells = l.split(",");
    if (!this.#header) { this.#header = cells; return; }
    const [name, qty, price] = cells;
    this.push(`${name.padEnd(8)}${qty.padStart(4)} x ${Number(price).toFixed(2).padStart(7)} = ${(Number(qty) * Number(price)).toFixed(2).padStart(8)}\n`);
  }
}
pipeline(createReadStream(src, { highWaterMark: 7 }), new CsvToLines(), createWriteStream(dst), async (err) => {
  console.log("pipeline done", err ?? "ok");
  process.stdout.write(readFileSync(dst, "utf8"));
  const chunks: string[] = [];
  await pipelineP(Readable.from(["x", "y", "z"]), new Writable({ write(c, _e, cb) { chunks.push(c.toString()); cb(); } }));
  console.log("collected", chunks);
  const ee = new EventEmitter();
  setTimeout(() => ee.emit("ready", 42, "extra"), 5);
  console.log("once ->", await once(ee, "ready"));
  const r = Readable.from([1, 2, 3], { objectMode: true });
  const seen: number[] = []; for await (const v of r) seen.push(v as number); console.log("async iterated", seen);
  rmSync(dir, { recursive: true });
});
