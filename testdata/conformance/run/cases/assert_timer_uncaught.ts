// An assertion failing in a timer callback.
import { strictEqual } from "node:assert";
function check(v: number) {
  strictEqual(v, 2, "v must be two");
}
setTimeout(() => check(1), 1);
