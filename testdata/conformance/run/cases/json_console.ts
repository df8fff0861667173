// JSON errors printed by console.error and util.inspect, and rethrown with a cause.
import { inspect } from "node:util";
class ConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ConfigError";
  }
}
function parse(text: string) {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ConfigError("invalid config", { cause });
  }
}
try {
  parse('{"a": 1,, "b": 2}');
} catch (e) {
  const err = e as ConfigError;
  console.log(err.message, "<-", (err.cause as Error).message);
  console.error((err.cause as Error).message);
}
let e2: any;
try { JSON.parse("[1, 2, 3]x"); } catch (e) { e2 = e; }
console.log(e2.name, e2.message);
console.log(inspect(e2.message));
const lines = ['{"level":"info","msg":"start"}', '{"level":"warn","msg":"slow"', 'not json', '{"level":"error","msg":"boom","code":42}'];
for (const [i, line] of lines.entries()) {
  try {
    const rec = JSON.parse(line);
    console.log(`${String(i + 1).padStart(3, "0")} ${rec.level.toUpperCase().padEnd(5)} ${rec.msg}${rec.code ? ` (code ${rec.code})` : ""}`);
  } catch (err) {
    console.log(`${String(i + 1).padStart(3, "0")} PARSE ${(err as Error).message}`);
  }
}
