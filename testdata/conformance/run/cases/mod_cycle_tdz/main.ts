// b.ts reads a.ts's const and class while a.ts has not run: each read is in
// the dead zone and throws a ReferenceError naming the binding.
import "./a.ts";
import { report } from "./b.ts";
console.log(report.join("\n"));
