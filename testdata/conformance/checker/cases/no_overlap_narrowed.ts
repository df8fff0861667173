declare function log(...args: unknown[]): void;
function f(x: 'a' | 'b'): void {
  if (x === 'a') {
    return;
  }
  if (x === 'a') {
    log('never');
  }
}
