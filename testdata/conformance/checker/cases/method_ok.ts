declare function log(...args: unknown[]): void;
interface Counter {
  count: number;
  inc(by?: number): void;
  get(): number;
}
const c: Counter = {
  count: 0,
  inc(by = 1) {
    this.count += by;
  },
  get() {
    return this.count;
  },
};
c.inc();
const n: number = c.get();
log(n);
