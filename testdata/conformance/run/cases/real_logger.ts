// A leveled logger writing formatted lines to stdout/stderr, with child loggers and a fixed clock.
import { format, inspect } from "node:util";
import { EventEmitter } from "node:events";
type Level = "debug" | "info" | "warn" | "error";
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
class Logger extends EventEmitter {
  #fields: Record<string, unknown>;
  #min: Level;
  static clock = () => new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6));
  constructor(min: Level = "info", fields: Record<string, unknown> = {}) { super(); this.#min = min; this.#fields = fields; }
  child(fields: Record<string, unknown>) { const c = new Logger(this.#min, { ...this.#fields, ...fields }); c.on("line", (l) => this.emit("line", l)); return c; }
  #write(level: Level, fmt: string, args: unknown[]) {
    if (order[level] < order[this.#min]) return;
    const ctx = Object.entries(this.#fields).map(([k, v]) => `${k}=${typeof v === "string" ? v : inspect(v, { breakLength: Infinity })}`).join(" ");
    const line = `${Logger.clock().toISOString()} ${level.toUpperCase().padEnd(5)} ${format(fmt, ...args)}${ctx ? " " + ctx : ""}`;
    (order[level] >= order.warn ? process.stderr : process.stdout).write(line + "\n");
    this.emit("line", line);
  }
  debug(f: string, ...a: unknown[]) { this.#write("debug", f, a); }
  info(f: string, ...a: unknown[]) { this.#write("info", f, a); }
  warn(f: string, ...a: unknown[]) { this.#write("warn", f, a); }
  error(f: string, ...a: unknown[]) { this.#write("error", f, a); }
}
const root = new Logger("info", { app: "demo" });
let lines = 0; root.on("line", () => lines++);
root.debug("hidden %s", "x");
root.info("server listening on %s:%d", "localhost", 8080);
const req = root.child({ reqId: 42, user: { id: 7, roles: ["admin"] } });
req.info("GET %s -> %i in %dms", "/api/items", 200, 12.7);
req.warn("slow query: %j", { sql: "SELECT *", ms: 340 });
req.error("failed: %s", new Error("boom").message);
req.info("%o", [1, { a: "b" }]);
req.info("100%% done, %s", "bye", "extra", 3);
console.log("lines emitted:", lines, root.listenerCount("line"));
