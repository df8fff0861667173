// An .mts entry importing .cts (CommonJS) and .mts modules.
import shapes, { area } from "./shapes.cts";
import { double } from "./util.mts";
console.log(area(2), double(area(1)), typeof shapes, Object.keys(shapes));
const dyn = await import("./shapes.cts");
console.log(dyn.default === shapes, dyn.area === area);
