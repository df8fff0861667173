// console methods scripts use: error/warn to stderr, groups, counts, assert, table, dir.
class HttpError extends Error {
  status: number;
  constructor(status: number, message: string, options?: ErrorOptions) { super(message, options); this.name = "HttpError"; this.status = status; }
}
console.error("plain to stderr", 42, { a: 1 });
console.warn("warning: %s is deprecated", "foo()");
console.info("info goes to stdout");
console.debug("debug too");
console.group("Group A");
console.log("inside A");
console.group();
console.log("nested", { x: [1, 2] });
console.log("multi\nline");
console.groupEnd();
console.error("error inside group");
console.groupEnd();
console.groupEnd();
console.log("after groups");
console.count(); console.count("x"); console.count(); console.countReset(); console.count();
console.assert(1 === 1, "not printed");
console.assert(false, "assertion %s", "failed", { detail: true });
console.assert(false);
console.table([{ a: 1, b: "two" }, { a: 3, c: true }]);
console.table({ r1: { c1: 1 }, r2: { c2: 2 } });
console.table([[1, 2], [3, 4]], ["0"]);
console.table("not tabular");
console.dir({ deep: { er: { est: { x: 1 } } } }, { depth: 0 });
console.log(new HttpError(404, "Not Found").message, String(new HttpError(500, "oops")));
const e = new HttpError(502, "bad gateway", { cause: new Error("upstream reset") });
console.error(Object.keys(e), e.status, e.name);
console.log("%o", { f: [1, 2] });
console.log("a", "b", 1, null, undefined, "%s");
console.log("%c styled %c text", "color: red", "font-weight: bold");
console.log("percent: 50%", "%", "%%", "100%d", 5);
process.stdout.write("no newline");
process.stdout.write(" ... then newline\n");
process.stderr.write("raw stderr line\n");
console.log(typeof console.time, typeof console.timeLog, typeof console.trace);
