declare function log(...args: unknown[]): void;
try {
  JSON.parse('x');
} catch (e) {
  log(e.message);
}
