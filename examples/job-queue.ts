// A job queue with limited concurrency, retries and events: the kind of
// helper a backend script grows. Jobs are simulated with timers, so the
// output order shows how the event loop interleaves them.
//
//	tsrun examples/job-queue.ts
import { EventEmitter } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";

type Job<T> = { id: string; run: () => Promise<T>; attempts: number };

class Queue<T> extends EventEmitter {
  #pending: Job<T>[] = [];
  #active = 0;
  readonly concurrency: number;
  readonly maxAttempts: number;

  constructor(concurrency: number, maxAttempts = 2) {
    super();
    this.concurrency = concurrency;
    this.maxAttempts = maxAttempts;
  }

  add(id: string, run: () => Promise<T>): void {
    this.#pending.push({ id, run, attempts: 0 });
    queueMicrotask(() => this.#next());
  }

  #next(): void {
    while (this.#active < this.concurrency && this.#pending.length > 0) {
      const job = this.#pending.shift()!;
      this.#active++;
      job.attempts++;
      this.emit("start", job.id, job.attempts);
      job
        .run()
        .then(
          (result) => this.emit("done", job.id, result),
          (err: Error) => {
            if (job.attempts < this.maxAttempts) {
              this.emit("retry", job.id, err.message);
              this.#pending.push(job);
            } else {
              this.emit("failed", job.id, err.message);
            }
          },
        )
        .finally(() => {
          this.#active--;
          if (this.#active === 0 && this.#pending.length === 0) this.emit("drain");
          else this.#next();
        });
    }
  }
}

const queue = new Queue<number>(2);
queue.on("start", (id: string, attempt: number) => console.log(`start  ${id} (attempt ${attempt})`));
queue.on("done", (id: string, result: number) => console.log(`done   ${id} -> ${result}`));
queue.on("retry", (id: string, why: string) => console.log(`retry  ${id}: ${why}`));
queue.on("failed", (id: string, why: string) => console.log(`failed ${id}: ${why}`));
queue.on("drain", () => console.log("all jobs settled"));

let flaky = 0;
queue.add("resize", async () => (await sleep(30), 640));
queue.add("upload", async () => (await sleep(10), 1));
queue.add("flaky", async () => {
  await sleep(5);
  if (flaky++ === 0) throw new Error("connection reset");
  return 200;
});
queue.add("broken", async () => {
  throw new Error("bad input");
});
