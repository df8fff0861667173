// A CLI that fails with a custom error carrying a cause and extra fields.
class ConfigError extends Error {
  file: string;
  constructor(message: string, file: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "ConfigError";
    this.file = file;
    Error.captureStackTrace?.(this, ConfigError);
  }
}
function load(file: string) {
  try { return JSON.parse("{ broken"); }
  catch (cause) { throw new ConfigError(`cannot load ${file}`, file, { cause }); }
}
console.log("starting");
process.on("exit", (code) => console.log("exiting with", code));
load("app.json");
