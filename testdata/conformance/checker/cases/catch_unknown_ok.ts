declare function log(...args: unknown[]): void;
try {
  JSON.parse('x');
} catch (e) {
  if (e instanceof Error) {
    log(e.message);
  }
}
