// err.stack as the program reads it: V8's frame names (Class.method for the
// receiver's class, new Foo, Object.<anonymous> at the CommonJS top level,
// Array.map for a builtin), the header from name and message at the first
// read, the accessor's shape and Error.stackTraceLimit. Frame lines are
// printed with "AT" so that the harness keeps them; Node's own loader
// frames are left out.
function show(label: string, stack: string | undefined): void {
  const lines = (stack ?? "").split("\n").filter((l) => !l.includes("node:internal"));
  console.log(label + ": " + lines.map((l) => l.replace(/^ {4}at /, "AT ")).join(" | "));
}
class Service {
  run(): string | undefined { return new Error("in run").stack; }
  static make(): string | undefined { return new Error("static").stack; }
}
class Sub extends Service {}
show("method", new Service().run());
show("inherited", new Sub().run());
show("static", Service.make());
const detached = new Service().run;
show("detached", detached.call(undefined));
show("literal", { meth() { return new Error("lit").stack; } }.meth());
class Widget { stack: string | undefined; constructor() { this.stack = new Error("ctor").stack; } }
show("constructor", new Widget().stack);
class HttpError extends Error {
  status: number;
  constructor(status: number) { super("status " + status); this.name = "HttpError"; this.status = status; }
}
function fail(): HttpError { return new HttpError(404); }
show("subclass", fail().stack);
show("builtin", [1].map(function each() { return new Error("m").stack; })[0]);
try { (null as any).length; } catch (e) { show("engine", (e as Error).stack); }
const late = new Error("first");
late.message = "second";
show("late message", late.stack);
const desc = Object.getOwnPropertyDescriptor(late, "stack")!;
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable, Object.getOwnPropertyNames(late));
late.stack = "replaced";
console.log(late.stack, Object.keys(late).length);
function down(n: number): string | undefined { return n === 0 ? new Error("deep").stack : down(n - 1); }
console.log((down(20) ?? "").split("\n").length);
Error.stackTraceLimit = 2;
console.log((down(20) ?? "").split("\n").length);
Error.stackTraceLimit = 10;
const target: { stack?: string } = {};
function capture(): void { Error.captureStackTrace(target, capture); }
function outer(): void { capture(); }
outer();
show("captured", target.stack);
