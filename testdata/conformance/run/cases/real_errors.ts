// Custom Error subclasses as applications define them, printed every way.
class AppError extends Error {
  readonly code: string;
  constructor(message: string, code: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}
class NotFound extends AppError {
  constructor(what: string) { super(`${what} not found`, "E_NOT_FOUND"); }
}
class ValidationError extends AppError {
  fields: string[];
  constructor(fields: string[]) { super("invalid input", "E_INVALID"); this.fields = fields; }
}
function find(id: number) { if (id > 2) throw new NotFound(`user ${id}`); return { id }; }
for (const id of [1, 3]) {
  try { console.log(find(id)); }
  catch (e) {
    if (e instanceof AppError) console.log(`${e.name} [${e.code}]: ${e.message}`, e instanceof NotFound, e instanceof Error);
  }
}
const v = new ValidationError(["email", "age"]);
console.log(String(v), v.toString(), Object.keys(v));
console.log(JSON.stringify(v), JSON.stringify({ error: v.message, fields: v.fields }));
const wrapped = new AppError("request failed", "E_REQ", { cause: new NotFound("page") });
console.log((wrapped.cause as Error).message, wrapped.cause instanceof NotFound);
const plain = new Error("plain");
console.log(plain.name, plain.message, "stack" in plain, typeof plain.stack);
const te = new TypeError("bad type");
console.log(te.name, te instanceof TypeError, Object.prototype.toString.call(te));
try { null!.toString(); } catch (e) { console.log((e as Error).constructor.name); }
try { (undefined as any)(); } catch (e) { console.log((e as Error).name); }
try { JSON.parse("{"); } catch (e) { console.log((e as Error).name, (e as Error).message); }
const agg = new AggregateError([new Error("a"), new RangeError("b")], "many");
console.log(agg.name, agg.message, agg.errors.length, agg.errors.map((e: Error) => e.name));
console.log(Object.prototype.toString.call(v), v.constructor.name);
Promise.reject(new ValidationError(["x"])).catch((e) => console.log("caught async", e.name, e.fields));
async function main() {
  try { await Promise.any([Promise.reject(new Error("x")), Promise.reject(new Error("y"))]); }
  catch (e) { console.log((e as AggregateError).name, (e as AggregateError).errors.map((x: Error) => x.message)); }
  throw new NotFound("config");
}
main();
