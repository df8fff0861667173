// Stack frames point at .ts lines and columns, even with type annotations
// before the throw on the same line. (Whole frame lines are normalized
// away by the harness, so this prints the function, line and column of the
// user frames itself.)
interface Box<T> { value: T }
function inner<T>(b: Box<T>, n: number): never { const msg: string = `n=${n}`; throw new Error(msg); }
const outer = (x: number): void => {
  const typed: Box<string> = { value: "v" };
  inner<string>(typed, x);
};
class Service {
  run(this: Service, id: number): void {
    outer(id);
  }
}
function frames(err: Error): string[] {
  return (err.stack ?? "")
    .split("\n")
    .filter((l) => l.includes(".ts:"))
    .map((l) => {
      const m = /at (?:(\S+) )?\(?.*\/([^/]+\.ts):(\d+):(\d+)\)?$/.exec(l.trim());
      return m ? `${m[1] ?? "<anonymous>"} ${m[2]}:${m[3]}:${m[4]}` : "unparsed: " + l.trim();
    });
}
try {
  new Service().run(7);
} catch (e) {
  console.log((e as Error).message);
  for (const f of frames(e as Error)) console.log(f);
}
const e2 = new TypeError("created, not thrown");
console.log(frames(e2));
