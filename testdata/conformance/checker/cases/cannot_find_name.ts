declare function log(...args: unknown[]): void;
const a = 1;
log(a + bb);
function f(): number {
  return undefinedThing;
}
