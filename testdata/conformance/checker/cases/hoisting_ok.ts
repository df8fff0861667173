declare function log(...args: unknown[]): void;
log(later());
function later(): number {
  return helper + 1;
}
var helper = 1;
type T = Later;
interface Later {
  x: number;
}
const t: T = { x: 1 };
log(t);
