declare function log(...args: unknown[]): void;
type Cb = (err: Error | null, data: string) => void;
const cb: Cb = (err, data) => {
  log(err?.message, data.length);
};
const bad: Cb = (n: number) => {};
