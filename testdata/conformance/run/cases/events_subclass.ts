// A typed EventEmitter subclass.
import { EventEmitter } from "node:events";
class Job extends EventEmitter {
  name: string;
  constructor(name: string) {
    super();
    this.name = name;
  }
  run(): void {
    this.emit("start", this.name);
    setImmediate(() => this.emit("done", { name: this.name, ok: true }));
  }
}
const job = new Job("build");
job.on("start", (n: string) => console.log("started", n));
job.on("done", (r: { name: string; ok: boolean }) => console.log("done", r));
job.run();
console.log(job instanceof EventEmitter, job.listenerCount("done"));
