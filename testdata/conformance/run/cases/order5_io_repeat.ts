// Repeated I/O → immediate → timer cycles stay in order.
import { stat } from "node:fs";
let round = 0;
function cycle(): void {
  stat(".", (err) => {
    if (err) throw err;
    const r = ++round;
    setTimeout(() => console.log(`timeout ${r}`), 0);
    setImmediate(() => {
      console.log(`immediate ${r}`);
      if (r < 3) cycle();
    });
  });
}
cycle();
