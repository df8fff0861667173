// Repeated I/O → immediate → timer cycles stay in order: in each I/O
// callback the immediate wins, and the next cycle starts from the timer.
import { stat } from "node:fs";
let round = 0;
function cycle(): void {
  stat(".", (err) => {
    if (err) throw err;
    const r = ++round;
    setTimeout(() => {
      console.log(`timeout ${r}`);
      if (r < 3) cycle();
    }, 0);
    setImmediate(() => console.log(`immediate ${r}`));
  });
}
cycle();
