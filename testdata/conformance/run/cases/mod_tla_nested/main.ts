// Nested async dependencies: main → outer → inner (TLA) and main → side.
import { outerValue } from "./outer.ts";
import { side } from "./side.ts";
console.log("main", outerValue, side);
