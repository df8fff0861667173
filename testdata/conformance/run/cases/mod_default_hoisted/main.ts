// A default-exported function declaration is hoisted: usable through a
// cycle before its module body runs.
import "./a.ts";
